'use strict';

(function () {
  const params = new URLSearchParams(window.location.search);
  const caseNo = params.get('case');
  const token = params.get('token');
  const $ = (id) => document.getElementById(id);

  function fail(message) {
    $('error').textContent = message;
    $('error').hidden = false;
  }

  function render(report) {
    $('header-case').textContent = '案件编号 ' + report.caseNo;
    $('status').textContent = report.statusLabel;
    $('status').dataset.status = report.status;
    $('category').textContent = report.categoryName;
    $('description').textContent = report.description;
    $('address').textContent = report.addressText
      || (report.lat != null ? report.lat + ', ' + report.lng : '—');
    $('reported-at').textContent = GridGov.time(report.reportedAt);
    $('resolve-due').textContent = GridGov.time(report.resolveDue);
    $('handling-unit').textContent = report.handlingUnit || '—';
    $('reporter').textContent = report.reporter
      ? [report.reporter.name, report.reporter.phone].filter(Boolean).join(' ') : '匿名';
    $('summary').hidden = false;

    $('reply').textContent = report.reply || '';
    $('reply-card').hidden = !report.reply;

    const photos = $('photos');
    photos.replaceChildren();
    for (const photo of report.photos) {
      const figure = GridGov.element('figure');
      const image = GridGov.element('img');
      image.src = photo.url + '?token=' + encodeURIComponent(token);
      image.alt = photo.kindLabel;
      figure.appendChild(image);
      figure.appendChild(GridGov.element('figcaption', null, photo.kindLabel));
      photos.appendChild(figure);
    }
    $('photo-card').hidden = report.photos.length === 0;

    const timeline = $('timeline');
    timeline.replaceChildren();
    for (const step of report.timeline.slice().reverse()) {
      const item = GridGov.element('li');
      item.dataset.stage = step.stage;
      item.appendChild(GridGov.element('span', 'step-title', step.title));
      item.appendChild(GridGov.element('time', 'step-time', GridGov.time(step.at)));
      item.appendChild(GridGov.element('p', 'step-text', step.text));
      timeline.appendChild(item);
    }
    $('timeline-card').hidden = false;

    $('evaluation-card').hidden = !report.awaitingEvaluation;
    $('evaluated-card').hidden = !report.satisfaction;
    $('evaluated').textContent = report.satisfaction
      ? '您的评价：' + report.satisfactionLabel + (report.evaluationComment ? '。' + report.evaluationComment : '') : '';
    $('supplement-card').hidden = !report.supplementsAccepted;
  }

  async function load() {
    if (!caseNo || !token) {
      fail('链接不完整：请使用上报成功后得到的查询链接');
      return;
    }
    const response = await fetch('/api/v1/reports/' + encodeURIComponent(caseNo),
      {headers: {'X-Report-Token': token}});
    if (!response.ok) {
      fail(await GridGov.problem(response));
      return;
    }
    render(await response.json());
  }

  $('evaluation-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const chosen = document.querySelector('input[name="rating"]:checked');
    if (!chosen) {
      $('evaluation-error').textContent = '请选择 满意、基本满意 或 不满意';
      $('evaluation-error').hidden = false;
      return;
    }
    const response = await fetch('/api/v1/reports/' + encodeURIComponent(caseNo) + '/evaluation', {
      method: 'POST',
      headers: {'Content-Type': 'application/json', 'X-Report-Token': token},
      body: JSON.stringify({rating: chosen.value, comment: $('comment').value.trim() || null})
    });
    if (!response.ok) {
      $('evaluation-error').textContent = await GridGov.problem(response);
      $('evaluation-error').hidden = false;
      return;
    }
    $('evaluation-error').hidden = true;
    render(await response.json());
  });

  $('supplement-photos').addEventListener('change', () => {
    const count = $('supplement-photos').files.length;
    $('supplement-files').textContent = count ? '已选择 ' + count + ' 张照片' : '';
  });

  $('supplement-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = new FormData();
    const text = $('supplement-text').value.trim();
    if (text) {
      data.append('text', text);
    }
    for (const file of $('supplement-photos').files) {
      data.append('photos', file, file.name);
    }
    const response = await fetch('/api/v1/reports/' + encodeURIComponent(caseNo) + '/supplements', {
      method: 'POST', headers: {'X-Report-Token': token}, body: data
    });
    if (!response.ok) {
      $('supplement-error').textContent = await GridGov.problem(response);
      $('supplement-error').hidden = false;
      return;
    }
    $('supplement-error').hidden = true;
    $('supplement-form').reset();
    $('supplement-files').textContent = '';
    render(await response.json());
  });

  load();
})();
