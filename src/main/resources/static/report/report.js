'use strict';

(function () {
  const form = document.getElementById('report-form');
  const category = document.getElementById('category');
  const photos = document.getElementById('photos');
  const previews = document.getElementById('previews');
  const error = document.getElementById('error');
  const submit = document.getElementById('submit');
  const MAX_PHOTOS = 4;
  // one key per report being filled in: a double tap or a retry after a lost answer files it once
  let idempotencyKey = GridGov.idempotencyKey();

  function showError(message) {
    error.textContent = message;
    error.hidden = !message;
  }

  async function loadCategories() {
    const response = await fetch('/api/v1/reports/categories');
    if (!response.ok) {
      showError('分类加载失败，请刷新页面');
      return;
    }
    const groups = new Map();
    for (const item of await response.json()) {
      if (!groups.has(item.groupName)) {
        const group = document.createElement('optgroup');
        group.label = item.groupName;
        groups.set(item.groupName, group);
        category.appendChild(group);
      }
      const option = GridGov.element('option', null, item.name);
      option.value = item.code;
      groups.get(item.groupName).appendChild(option);
    }
  }

  document.getElementById('locate').addEventListener('click', () => {
    const note = document.getElementById('location-note');
    if (!navigator.geolocation) {
      note.textContent = '此浏览器不支持定位，请填写地址';
      return;
    }
    note.textContent = '正在定位…';
    navigator.geolocation.getCurrentPosition((position) => {
      document.getElementById('lat').value = position.coords.latitude.toFixed(6);
      document.getElementById('lng').value = position.coords.longitude.toFixed(6);
      note.textContent = '已定位：' + position.coords.latitude.toFixed(5) + ', ' + position.coords.longitude.toFixed(5);
    }, () => {
      note.textContent = '未能定位，请填写地址';
    }, {enableHighAccuracy: true, timeout: 10000});
  });

  photos.addEventListener('change', () => {
    previews.replaceChildren();
    const files = Array.from(photos.files);
    if (files.length > MAX_PHOTOS) {
      showError('最多可上传 ' + MAX_PHOTOS + ' 张照片');
    } else {
      showError('');
    }
    for (const file of files.slice(0, MAX_PHOTOS)) {
      const image = GridGov.element('img');
      image.alt = file.name;
      image.src = URL.createObjectURL(file);
      previews.appendChild(image);
    }
  });

  form.addEventListener('input', () => {
    // the report changed: it is a different report from any sent before
    idempotencyKey = GridGov.idempotencyKey();
  });

  function check() {
    if (!category.value) {
      return '请选择问题分类';
    }
    if (!form.description.value.trim()) {
      return '请描述发现的问题';
    }
    if (!form.addressText.value.trim() && !form.lat.value) {
      return '请填写地址或使用当前位置';
    }
    if (photos.files.length > MAX_PHOTOS) {
      return '最多可上传 ' + MAX_PHOTOS + ' 张照片';
    }
    const phone = form.reporterPhone.value.trim();
    if (phone && !/^(1\d{10}|0\d{2,3}-?\d{7,8})$/.test(phone)) {
      return '手机号格式不正确';
    }
    return '';
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const problem = check();
    showError(problem);
    if (problem) {
      return;
    }
    const data = new FormData();
    for (const name of ['categoryCode', 'description', 'addressText', 'lat', 'lng', 'reporterName', 'reporterPhone']) {
      const value = form.elements[name].value.trim();
      if (value) {
        data.append(name, value);
      }
    }
    data.append('channel', 'WEB');
    for (const file of photos.files) {
      data.append('photos', file, file.name);
    }
    submit.disabled = true;
    submit.textContent = '正在提交…';
    try {
      const response = await fetch('/api/v1/reports', {
        method: 'POST', body: data, headers: {'Idempotency-Key': idempotencyKey}
      });
      if (!response.ok) {
        showError(await GridGov.problem(response));
        return;
      }
      const receipt = await response.json();
      document.getElementById('case-no').textContent = receipt.caseNo;
      document.getElementById('status-line').textContent = receipt.masterCaseNo
        ? '同一问题已有人反映，已并入 ' + receipt.masterCaseNo + ' 一并办理'
        : '当前状态：' + receipt.statusLabel;
      document.getElementById('tracking-link').href = receipt.trackingUrl;
      form.hidden = true;
      document.getElementById('done').hidden = false;
      window.scrollTo(0, 0);
    } catch (networkError) {
      showError('网络异常，请检查网络后重新提交（不会重复上报）');
    } finally {
      submit.disabled = false;
      submit.textContent = '提交上报';
    }
  });

  document.getElementById('again').addEventListener('click', () => {
    form.reset();
    previews.replaceChildren();
    idempotencyKey = GridGov.idempotencyKey();
    document.getElementById('done').hidden = true;
    form.hidden = false;
  });

  loadCategories();
})();
