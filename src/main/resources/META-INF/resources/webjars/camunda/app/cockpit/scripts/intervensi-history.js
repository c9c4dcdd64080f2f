// Intervensi: "Riwayat kasus" (case history) in Cockpit, for auditors, supervisors and managers
// (docs/case-history.md), through Cockpit's plugin points, with the user's Cockpit session against
// the app's API (/api/history/..., docs/rest-api.md):
//
//  - cockpit.navigation: "Riwayat kasus" in the top bar;
//  - cockpit.route:      #/riwayat-kasus: the search of open and closed cases, and a case's
//                        timeline (#/riwayat-kasus?kasus=PSTW-...), with its exports;
//  - cockpit.dashboard:  the search on the dashboard; auditors, who have no running cases to watch,
//                        are taken from the dashboard to the history page.
//
// Read only: every call is a GET. Everything the server sends is shown as text (textContent),
// never read as markup.

import { call, messageOf, me, onlyAuditor, h, table, empty, field, moment } from '/webjars/intervensi/intervensi-shared.js';

const ROUTE = '/riwayat-kasus';
const SAVED_SEARCH = 'intervensi.history.search';
const PAGE = 50;

// ---------------------------------------------------------------------------------------------
// the app's API

let optionsPromise = null;

function options() {
  optionsPromise = optionsPromise || call('/api/history/options').then((a) => (a.ok ? a.data : null));
  return optionsPromise;
}

// ---------------------------------------------------------------------------------------------
// the page's address

function hashParams() {
  const hash = window.location.hash || '';
  const at = hash.indexOf('?');
  return new URLSearchParams(at < 0 ? '' : hash.substring(at + 1));
}

function caseLink(caseNumber) {
  return `#${ROUTE}?kasus=${encodeURIComponent(caseNumber)}`;
}

function apiPath(caseNumber) {
  return `/api/history/cases/${encodeURIComponent(caseNumber)}`;
}

// ---------------------------------------------------------------------------------------------
// the search

const FIELDS = ['caseNumber', 'clientName', 'worker', 'stage', 'status', 'from', 'to', 'reason'];

function select(name, label, choices) {
  return h('select', { name, class: 'form-control', 'aria-label': label },
    h('option', { value: '' }, label),
    Object.entries(choices || {}).map(([value, text]) => h('option', { value }, text)));
}

async function renderSearch(container) {
  const choices = (await options()) || {};
  const inputs = {
    caseNumber: h('input', { type: 'search', name: 'caseNumber', class: 'form-control', placeholder: 'PSTW-2026-...' }),
    clientName: h('input', { type: 'search', name: 'clientName', class: 'form-control', placeholder: 'Nama klien' }),
    worker: h('input', { type: 'search', name: 'worker', class: 'form-control', placeholder: 'mis. peksos1' }),
    stage: select('stage', 'Semua tahap', choices.stage),
    status: select('status', 'Aktif dan selesai', choices.status),
    from: h('input', { type: 'date', name: 'from', class: 'form-control' }),
    to: h('input', { type: 'date', name: 'to', class: 'form-control' }),
    reason: select('reason', 'Semua alasan', choices.reason)
  };
  let saved = {};
  try {
    saved = JSON.parse(window.sessionStorage.getItem(SAVED_SEARCH) || '{}');
  } catch (e) {
    saved = {};
  }
  for (const name of FIELDS) {
    if (saved[name]) {
      inputs[name].value = saved[name];
    }
  }
  const results = h('div', { class: 'intervensi-history-results' });
  const csv = h('a', { class: 'btn btn-default intervensi-history-search-csv', href: '/api/history/cases.csv', download: true }, 'Unduh hasil (CSV)');
  const criteria = () => {
    const params = new URLSearchParams();
    for (const name of FIELDS) {
      const value = inputs[name].value.trim();
      if (value) {
        params.set(name, value);
      }
    }
    return params;
  };
  const run = (page) => {
    const params = criteria();
    window.sessionStorage.setItem(SAVED_SEARCH, JSON.stringify(Object.fromEntries(params)));
    csv.setAttribute('href', `/api/history/cases.csv?${params}`);
    return renderResults(results, params, page, run);
  };
  const form = h('form', {
    class: 'intervensi-history-search',
    onsubmit: (event) => {
      event.preventDefault();
      run(0);
    }
  },
  h('div', { class: 'intervensi-fields' },
    field('Nomor kasus', inputs.caseNumber), field('Nama klien', inputs.clientName), field('Pekerja sosial', inputs.worker),
    field('Tahap', inputs.stage), field('Status', inputs.status), field('Berjalan sejak', inputs.from),
    field('sampai', inputs.to), field('Alasan berakhir', inputs.reason)),
  h('div', { class: 'intervensi-buttons' },
    h('button', { type: 'submit', class: 'btn btn-primary intervensi-history-search-button' }, 'Cari'), ' ', csv));
  container.replaceChildren(form, results);
  run(0);
}

async function renderResults(target, params, page, run) {
  const query = new URLSearchParams(params);
  query.set('firstResult', String(page * PAGE));
  query.set('maxResults', String(PAGE));
  target.replaceChildren(h('p', { class: 'intervensi-loading' }, 'Mencari ...'));
  const answer = await call(`/api/history/cases?${query}`);
  if (!answer.ok) {
    target.replaceChildren(h('p', { class: 'intervensi-error' }, messageOf(answer)));
    return;
  }
  const rows = answer.data.rows.map((c) => h('tr', { class: 'intervensi-history-row', 'data-case-number': c.caseNumber },
    h('td', {}, h('a', { href: caseLink(c.caseNumber), class: 'intervensi-history-open' }, c.caseNumber)),
    h('td', {}, c.clientName || '-'),
    h('td', {}, c.statusLabel || c.status),
    h('td', {}, c.status === 'OPEN' ? (c.stageLabel || '-') : `${c.stageLabel || '-'} (terakhir)`),
    h('td', {}, c.assignedWorker || '(kelompok)'),
    h('td', {}, moment(c.openedAt)),
    h('td', {}, c.closedAt ? moment(c.closedAt) : '-'),
    h('td', {}, [c.closureReasonLabel, c.exitReasonLabel].filter(Boolean).join(' · ') || '-')));
  const pages = Math.max(1, Math.ceil(answer.data.total / PAGE));
  // replaceChildren would show a null as the text "null": no pages, no node
  target.replaceChildren(...[
    h('p', { class: 'intervensi-history-count' }, `${answer.data.total} kasus`),
    rows.length
      ? table(['Nomor kasus', 'Klien', 'Status', 'Tahap', 'Pekerja sosial', 'Dibuka', 'Ditutup', 'Alasan berakhir'], rows)
      : empty('Tidak ada kasus yang cocok.'),
    pages > 1 ? h('div', { class: 'intervensi-pages' },
      h('button', { type: 'button', class: 'btn btn-default btn-xs', disabled: page === 0, onclick: () => run(page - 1) }, 'Sebelumnya'),
      ` Halaman ${page + 1} dari ${pages} `,
      h('button', { type: 'button', class: 'btn btn-default btn-xs', disabled: page + 1 >= pages, onclick: () => run(page + 1) }, 'Berikutnya')) : null
  ].filter(Boolean));
}

// ---------------------------------------------------------------------------------------------
// one case

function summary(c) {
  const pairs = [
    ['Klien', c.clientName || '-'],
    ['Status', c.status === 'OPEN' ? `${c.statusLabel} · ${c.stageLabel || '-'}` : c.statusLabel],
    ['Dibuka', `${moment(c.openedAt)} oleh ${c.openedBy || '-'}`],
    ['Berakhir', c.closedAt ? moment(c.closedAt) : '-'],
    ['Alasan berakhir', [c.closureReasonLabel, c.exitReasonLabel ? `klien keluar: ${c.exitReasonLabel}` : null].filter(Boolean).join(' · ') || '-'],
    ['Pekerja sosial pendamping', c.assignedWorker || '(kelompok pekerja sosial)'],
    ['Versi proses', c.processVersion || '-']
  ];
  return h('dl', { class: 'dl-horizontal intervensi-history-summary' }, pairs.flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]));
}

function stagesPart(stageTimes) {
  const visits = (stageTimes && stageTimes.visits) || [];
  const totals = (stageTimes && stageTimes.totals) || [];
  return h('section', { class: 'intervensi-history-stages' }, h('h3', {}, 'Waktu per tahap'),
    visits.length
      ? table(['Tahap', 'Mulai', 'Selesai', 'Lama'], visits.map((v) => h('tr', {},
        h('td', {}, v.label), h('td', {}, moment(v.from)), h('td', {}, v.to ? moment(v.to) : 'masih berjalan'), h('td', {}, v.duration))))
      : empty('Belum ada tahap.'),
    totals.length
      ? h('p', { class: 'intervensi-history-totals' }, totals.map((t) => `${t.label}: ${t.duration}${t.visits > 1 ? ` (${t.visits} kali)` : ''}`).join(' · '))
      : null);
}

function itemsTable(items) {
  if (!items || !items.length) {
    return null;
  }
  const changes = items.some((i) => i.before !== undefined && i.before !== null);
  return table(changes ? ['Data', 'Sebelumnya', 'Sesudahnya'] : ['Data', 'Nilai'],
    items.map((i) => h('tr', {}, h('td', {}, i.name),
      changes ? h('td', { class: 'intervensi-value' }, i.before ?? '-') : null,
      h('td', { class: 'intervensi-value' }, i.after ?? '-'))),
    { class: 'table table-condensed intervensi-table intervensi-history-items' });
}

function timelinePart(entries) {
  const list = h('ol', { class: 'intervensi-timeline' }, entries.map((e) => h('li', { class: `intervensi-entry intervensi-kind-${e.kind.toLowerCase()}`, 'data-kind': e.kind },
    h('div', { class: 'intervensi-entry-head' },
      h('span', { class: 'intervensi-entry-time' }, moment(e.at)),
      h('span', { class: 'label label-default intervensi-entry-kind' }, e.kindLabel),
      h('span', { class: 'intervensi-entry-title' }, e.title),
      e.actor ? h('span', { class: 'intervensi-entry-actor' }, `oleh ${e.actor}`) : null),
    e.detail ? h('p', { class: 'intervensi-entry-detail' }, e.detail) : null,
    itemsTable(e.items))));
  const kinds = {};
  entries.forEach((e) => { kinds[e.kind] = e.kindLabel; });
  const filter = h('select', {
    class: 'form-control intervensi-timeline-filter',
    'aria-label': 'Saring peristiwa',
    onchange: (event) => {
      const kind = event.target.value;
      list.querySelectorAll('li.intervensi-entry').forEach((li) => {
        li.hidden = Boolean(kind) && li.getAttribute('data-kind') !== kind;
      });
    }
  }, h('option', { value: '' }, `Semua peristiwa (${entries.length})`), Object.entries(kinds).map(([k, label]) => h('option', { value: k }, label)));
  return h('section', { class: 'intervensi-history-timeline' }, h('h3', {}, 'Linimasa'), filter, list);
}

async function renderCase(container, caseNumber) {
  container.replaceChildren(h('p', { class: 'intervensi-loading' }, 'Memuat riwayat kasus ...'));
  const answer = await call(apiPath(caseNumber));
  const back = h('a', { href: `#${ROUTE}`, class: 'intervensi-history-back' }, '← Kembali ke pencarian');
  if (!answer.ok) {
    container.replaceChildren(back, h('p', { class: 'intervensi-error' }, messageOf(answer)));
    return;
  }
  const c = answer.data;
  const user = await me();
  const groups = (user && user.groups) || [];
  const exports = ['auditors', 'supervisors', 'managers', 'camunda-admin'].some((g) => groups.includes(g))
    ? h('div', { class: 'intervensi-history-exports' },
      h('a', { class: 'btn btn-default intervensi-export-pdf', href: `${apiPath(c.caseNumber)}/export.pdf`, download: true }, 'Unduh PDF'), ' ',
      h('a', { class: 'btn btn-default intervensi-export-csv', href: `${apiPath(c.caseNumber)}/export.csv`, download: true }, 'Unduh CSV'))
    : null;
  container.replaceChildren(h('div', { class: 'intervensi-history-case', 'data-case-number': c.caseNumber },
    back,
    h('h2', {}, `Riwayat kasus ${c.caseNumber}`),
    summary(c),
    exports,
    stagesPart(c.stageTimes),
    timelinePart(c.entries || [])));
}

function renderPage(node) {
  // Cockpit's main pane does not scroll (overflow hidden): the page is a scrolling pane of its own
  const root = h('div', { class: 'intervensi-history intervensi-history-page' });
  node.replaceChildren(root);
  const caseNumber = hashParams().get('kasus');
  if (caseNumber) {
    renderCase(root, caseNumber);
  } else {
    const search = h('div', {});
    root.replaceChildren(h('h2', {}, 'Riwayat kasus'),
      h('p', { class: 'intervensi-history-intro' }, 'Cari kasus aktif dan yang sudah selesai, lalu buka linimasanya: setiap tugas, data yang dikirim, perubahan data, keputusan, pesan dan akhir kasus.'),
      search);
    renderSearch(search);
  }
}

// ---------------------------------------------------------------------------------------------
// the plugins

export default [
  {
    id: 'intervensi.history.navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 100,
    properties: {
      pagePath: `#${ROUTE}`,
      checkActive: (path) => path.indexOf(`#${ROUTE}`) >= 0
    },
    render: (node) => {
      node.replaceChildren(h('a', { href: `#${ROUTE}`, class: 'intervensi-history-nav' }, 'Riwayat kasus'));
      // the header is drawn on every page: mark an auditor's pages once (styles hide the vendor's
      // banner, which asks an administrator to migrate the engine, from them)
      me().then((user) => {
        if (onlyAuditor(user)) {
          document.body.classList.add('intervensi-auditor');
        }
      });
    }
  },
  {
    id: 'intervensi.history.route',
    pluginPoint: 'cockpit.route',
    priority: 0,
    properties: { path: ROUTE, label: 'Riwayat kasus' },
    render: (node) => {
      renderPage(node);
    }
  },
  {
    id: 'intervensi.history.dashboard',
    pluginPoint: 'cockpit.dashboard',
    // above Camunda's own dashboard sections
    priority: 1000,
    render: (node) => {
      me().then((user) => {
        if (onlyAuditor(user)) {
          // auditors watch no running cases: their start page is the case history
          window.location.replace(`#${ROUTE}`);
          return;
        }
        const search = h('div', {});
        node.replaceChildren(h('section', { class: 'intervensi-history intervensi-history-dashboard' },
          h('h3', {}, h('a', { href: `#${ROUTE}` }, 'Riwayat kasus')), search));
        renderSearch(search);
      });
    }
  }
];
