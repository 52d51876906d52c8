package org.gridgov.notification;

import java.util.regex.Pattern;

/**
 * One message to one person.
 *
 * @param dedupKey      identifies the message for good: sending the same key again is a no-op
 *                      (e.g. {@code "case:GG-20261129-000123:feedback"})
 * @param recipientKind a resident (reporter) or a member of staff
 * @param recipientRef  the reporter id or the user id, never a phone number or other address:
 *                      the channel looks the address up when it sends
 * @param templateCode  what kind of message this is (e.g. {@code CASE_FEEDBACK}), for SMS templates
 * @param referenceNo   the case number or other reference the message is about; may be null
 * @param text          the text to send, in Chinese
 */
public record Notification(String dedupKey, RecipientKind recipientKind, String recipientRef,
    String templateCode, String referenceNo, String text) {

  public enum RecipientKind { RESIDENT, STAFF }

  /** Chinese mobile (1[3-9] + 9 digits, optional +86) and landline (0 + area code + number) numbers. */
  private static final Pattern PHONE_LIKE = Pattern.compile("(\\+?86)?1[3-9][0-9]{9}|0[0-9]{9,11}");

  public Notification {
    require(dedupKey, "dedupKey", 200);
    require(recipientRef, "recipientRef", 64);
    require(templateCode, "templateCode", 64);
    require(text, "text", 1000);
    if (recipientKind == null) {
      throw new IllegalArgumentException("notification needs a recipientKind");
    }
    if (PHONE_LIKE.matcher(recipientRef.replaceAll("[ -]", "")).matches()) {
      throw new IllegalArgumentException("recipientRef must be a reporter or user id, not a phone number");
    }
    if (referenceNo != null && referenceNo.length() > 64) {
      throw new IllegalArgumentException("referenceNo longer than 64 characters");
    }
  }

  private static void require(String value, String name, int maxLength) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("notification needs a " + name);
    }
    if (value.length() > maxLength) {
      throw new IllegalArgumentException(name + " longer than " + maxLength + " characters");
    }
  }

  /** The recipient as it may appear in logs: enough to tell messages apart, not enough to identify anyone. */
  public String maskedRecipient() {
    String ref = recipientRef;
    return ref.length() <= 4 ? "****" : ref.substring(0, 2) + "****" + ref.substring(ref.length() - 2);
  }
}
