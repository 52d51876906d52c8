'use strict';

/** Shared by the report and tracking pages: the API's problem details and time formatting. */
window.GridGov = {
  /** The Chinese detail of an RFC 7807 answer, or a general message. */
  async problem(response) {
    try {
      const body = await response.json();
      if (body && body.detail) {
        return body.detail;
      }
    } catch (ignored) {
      // not JSON: fall through
    }
    if (response.status === 429) {
      return '提交过于频繁，请稍后再试';
    }
    return '提交失败（' + response.status + '），请稍后重试';
  },

  time(text) {
    if (!text) {
      return '—';
    }
    const date = new Date(text);
    const pad = (n) => String(n).padStart(2, '0');
    return date.getFullYear() + '-' + pad(date.getMonth() + 1) + '-' + pad(date.getDate()) + ' '
      + pad(date.getHours()) + ':' + pad(date.getMinutes());
  },

  /** A random key per report, so that a retried submission never makes a second case. */
  idempotencyKey() {
    if (window.crypto && crypto.randomUUID) {
      return 'web-' + crypto.randomUUID();
    }
    const bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    return 'web-' + Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  },

  element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined && text !== null) {
      node.textContent = text;
    }
    return node;
  }
};
