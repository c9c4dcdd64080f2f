// Intervensi: what the app's webapp plugins share (docs/tasklist.md), an ES module served by the app
// at /webjars/intervensi/intervensi-shared.js like its other static files (ECharts under
// /webjars/echarts): Tasklist's case screens (tasklist/scripts/intervensi-cases.js), Cockpit's case
// history and dashboard (cockpit/scripts/intervensi-history.js, intervensi-dashboard.js) import it.
// It holds code only, no data: the data comes from the app's API with the user's webapp session.
//
// Everything the server sends is shown as text (text nodes, textContent), never read as markup.

export const ECHARTS = '/webjars/echarts/5.3.1/dist/echarts.min.js';

// ---------------------------------------------------------------------------------------------
// the app's API

function xsrfToken() {
  const match = /(?:^|;\s*)XSRF-TOKEN=([^;]+)/.exec(document.cookie);
  return match ? decodeURIComponent(match[1]) : '';
}

// a request to the app's API with the webapp session: JSON (or a form) in, { status, ok, data } out;
// every request that changes something carries the webapps' CSRF token
export async function call(path, { method = 'GET', json, form } = {}) {
  const headers = { Accept: 'application/json' };
  let body;
  if (json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(json);
  } else if (form) {
    body = form;
  }
  if (method !== 'GET') {
    headers['X-XSRF-TOKEN'] = xsrfToken();
  }
  const response = await fetch(path, { method, headers, body, credentials: 'same-origin' });
  const text = await response.text();
  let data = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch (e) {
    data = { message: text };
  }
  return { status: response.status, ok: response.ok, data };
}

// the server's own words for a refusal, or a plain one
export function messageOf(answer) {
  return (answer.data && answer.data.message) || `Permintaan gagal (${answer.status}).`;
}

let mePromise = null;

// the logged-in user (GET /api/me), asked once a page
export function me() {
  mePromise = mePromise || call('/api/me').then((a) => (a.ok ? a.data : null));
  return mePromise;
}

// an auditor and nothing more: reads the case history, watches no running cases
export function onlyAuditor(user) {
  const groups = (user && user.groups) || [];
  return groups.includes('auditors') && !['managers', 'supervisors', 'camunda-admin'].some((g) => groups.includes(g));
}

// ---------------------------------------------------------------------------------------------
// building the page: text only

// an element with attributes, event handlers (onclick ...) and children; strings become text nodes
export function h(tag, props, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (value === undefined || value === null || value === false) {
      continue;
    }
    if (key === 'class') {
      node.className = value;
    } else if (key.startsWith('on')) {
      node.addEventListener(key.substring(2), value);
    } else {
      node.setAttribute(key, value === true ? '' : value);
    }
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) {
      continue;
    }
    node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function table(headers, rows, props) {
  return h('table', Object.assign({ class: 'table table-condensed intervensi-table' }, props || {}),
    h('thead', {}, h('tr', {}, headers.map((title) => h('th', {}, title)))),
    h('tbody', {}, rows));
}

export function empty(text) {
  return h('p', { class: 'intervensi-empty' }, text);
}

export function field(label, input) {
  return h('label', { class: 'intervensi-field' }, h('span', {}, label), input);
}

// ECharts, served by the app itself, loaded when a chart is first drawn
export async function loadEcharts() {
  if (window.echarts) {
    return window.echarts;
  }
  await new Promise((resolve, reject) => {
    const script = h('script', { src: ECHARTS });
    script.addEventListener('load', resolve);
    script.addEventListener('error', reject);
    document.head.appendChild(script);
  });
  return window.echarts;
}

// ---------------------------------------------------------------------------------------------
// dates, as an Indonesian reader reads them, in the browser's time zone

export function pad(n) {
  return String(n).padStart(2, '0');
}

// dd/mm/yyyy
export function day(value) {
  if (!value) {
    return '-';
  }
  const text = String(value);
  const plain = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (plain) {
    return `${plain[3]}/${plain[2]}/${plain[1]}`;
  }
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? text : `${pad(date.getDate())}/${pad(date.getMonth() + 1)}/${date.getFullYear()}`;
}

// dd/mm/yyyy hh:mm
export function dayAndTime(value) {
  if (!value) {
    return '-';
  }
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? String(value) : `${day(value)} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

// dd/mm/yyyy hh:mm:ss
export function moment(value) {
  if (!value) {
    return '-';
  }
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) {
    return String(value);
  }
  return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

// today as yyyy-mm-dd (a date input's value)
export function todayIso() {
  const now = new Date();
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
