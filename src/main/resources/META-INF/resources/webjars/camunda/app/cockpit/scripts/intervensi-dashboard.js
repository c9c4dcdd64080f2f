// Intervensi: the managers' dashboard on Cockpit's start page (plugin point cockpit.dashboard), for
// supervisors, managers and administrators (docs/dashboard.md): open cases by stage, time per stage
// (median and 90th percentile), overdue evaluations and escalations, caseload per social worker,
// admissions and terminations per month with their reasons, the spread of functioning levels, and
// the monthly report to the social office as a spreadsheet download. The figures come from the
// app's API (GET /api/dashboard) with the user's Cockpit session; the charts are drawn by ECharts,
// served by the app itself (/webjars/echarts/...), never from a CDN.
//
// Counts are of cases (kasus), from the app's case files, not of the engine's process instances.
// Auditors land on the case history instead (intervensi-history.js): this plugin draws nothing for
// them. Everything the server sends is shown as text (textContent, ECharts' SVG text and rich-text
// tooltips), never read as markup.

import { call, me, onlyAuditor, h, loadEcharts } from '/webjars/intervensi/intervensi-shared.js';

function number(n) {
  return new Intl.NumberFormat('id-ID').format(n || 0);
}

function hours(n) {
  if (!n) {
    return '0 jam';
  }
  return n >= 48 ? `${number(Math.round(n / 24 * 10) / 10)} hari` : `${number(n)} jam`;
}

function table(cls, headers, rows) {
  return h('table', { class: `table table-condensed intervensi-table ${cls}` },
    h('thead', {}, h('tr', {}, headers.map((title) => h('th', {}, title)))),
    h('tbody', {}, rows.map((cells) => h('tr', {}, cells.map((c) => h('td', {}, c))))));
}

function tile(cls, label, value) {
  return h('div', { class: `intervensi-tile ${cls}` },
    h('span', { class: 'intervensi-tile-value' }, number(value)),
    h('span', { class: 'intervensi-tile-label' }, label));
}

// one card: a chart (ECharts, SVG) above a table with the same figures
function card(cls, title, option, headers, rows) {
  const chart = h('div', { class: 'intervensi-chart', role: 'img', 'aria-label': title });
  const node = h('section', { class: `intervensi-card ${cls}` }, h('h4', {}, title), chart,
    h('details', {}, h('summary', {}, 'Tabel'), table(`${cls}-table`, headers, rows)));
  return { node, chart, option };
}

function draw(echarts, { chart, option }) {
  const plot = echarts.init(chart, null, { renderer: 'svg', height: 240 });
  plot.setOption(Object.assign({
    animation: false,
    // rich text: a tooltip drawn by the chart, not HTML made of the data
    tooltip: { trigger: 'axis', renderMode: 'richText' },
    grid: { left: 10, right: 30, top: 30, bottom: 10, containLabel: true }
  }, option));
  chart.setAttribute('data-chart-drawn', 'true');
}

function monthValue(d) {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
}

function reportPart() {
  const last = new Date();
  last.setDate(1);
  last.setMonth(last.getMonth() - 1);
  const input = h('input', { type: 'month', name: 'month', class: 'form-control intervensi-monthly-month', value: monthValue(last), max: monthValue(new Date()), 'aria-label': 'Bulan laporan' });
  const link = h('a', { class: 'btn btn-default intervensi-monthly-download', download: '' }, 'Unduh laporan bulanan (.xlsx)');
  const update = () => link.setAttribute('href', `/api/reports/monthly?month=${encodeURIComponent(input.value)}`);
  input.addEventListener('change', update);
  update();
  return h('div', { class: 'intervensi-monthly' },
    h('label', { class: 'intervensi-field' }, h('span', {}, 'Laporan bulanan ke Dinas Sosial'), input), link);
}

function render(node, figures) {
  const reasons = figures.reasons || {};
  const months = figures.months || [];
  const reasonCodes = [];
  months.forEach((m) => Object.keys(m.reasons || {}).forEach((code) => {
    if (!reasonCodes.includes(code)) {
      reasonCodes.push(code);
    }
  }));
  const reasonLabel = (code) => reasons[code] || code;
  const stages = figures.openByStage || [];
  const times = figures.stageTimes || [];
  const workers = figures.caseloads || [];
  const levels = figures.functioningLevels || [];

  const cards = [
    card('intervensi-chart-stages', 'Kasus aktif per tahap',
      { tooltip: { trigger: 'item', renderMode: 'richText' }, yAxis: { type: 'category', inverse: true, data: stages.map((s) => s.label), axisLabel: { interval: 0 } }, xAxis: { type: 'value', minInterval: 1 },
        series: [{ name: 'Kasus aktif', type: 'bar', data: stages.map((s) => s.cases) }] },
      ['Tahap', 'Kasus aktif'], stages.map((s) => [s.label, number(s.cases)])),
    card('intervensi-chart-times', 'Lama per tahap (12 bulan terakhir, jam)',
      { legend: { top: 0 }, yAxis: { type: 'category', inverse: true, data: times.map((t) => t.label), axisLabel: { interval: 0 } }, xAxis: { type: 'value' },
        series: [{ name: 'Median', type: 'bar', data: times.map((t) => t.medianHours) }, { name: 'Persentil ke-90', type: 'bar', data: times.map((t) => t.p90Hours) }] },
      ['Tahap', 'Jumlah tinggal', 'Median', 'Persentil ke-90'], times.map((t) => [t.label, number(t.stays), hours(t.medianHours), hours(t.p90Hours)])),
    card('intervensi-chart-caseloads', 'Beban kasus per pekerja sosial',
      { tooltip: { trigger: 'item', renderMode: 'richText' }, yAxis: { type: 'category', inverse: true, data: workers.map((w) => w.name), axisLabel: { interval: 0 } }, xAxis: { type: 'value', minInterval: 1 },
        series: [{ name: 'Kasus aktif', type: 'bar', data: workers.map((w) => w.openCases) }] },
      ['Pekerja sosial', 'Kasus aktif'], workers.map((w) => [`${w.name} (${w.worker})`, number(w.openCases)]).concat([['Belum ada pekerja sosial', number(figures.withoutWorker)]])),
    card('intervensi-chart-months', 'Penerimaan dan terminasi per bulan',
      { legend: { top: 0 }, grid: { left: 10, right: 30, top: 80, bottom: 10, containLabel: true }, xAxis: { type: 'category', data: months.map((m) => m.label) }, yAxis: { type: 'value', minInterval: 1 },
        series: [{ name: 'Diterima', type: 'bar', data: months.map((m) => m.admissions) }].concat(
          reasonCodes.map((code) => ({ name: `Terminasi: ${reasonLabel(code)}`, type: 'bar', stack: 'terminasi', data: months.map((m) => (m.reasons || {})[code] || 0) }))) },
      ['Bulan', 'Diterima', 'Terminasi', 'Alasan terminasi'],
      months.map((m) => [m.label, number(m.admissions), number(m.terminations),
        Object.entries(m.reasons || {}).map(([code, n]) => `${reasonLabel(code)}: ${number(n)}`).join('; ') || '-'])),
    card('intervensi-chart-levels', 'Sebaran tingkat keberfungsian (kasus aktif)',
      { tooltip: { trigger: 'item', renderMode: 'richText' }, legend: { top: 0 },
        series: [{ name: 'Tingkat keberfungsian', type: 'pie', radius: ['30%', '55%'], top: 60, label: { show: false }, data: levels.map((l) => ({ name: l.label, value: l.cases })) }] },
      ['Tingkat keberfungsian', 'Kasus aktif'], levels.map((l) => [l.label, number(l.cases)]))
  ];

  node.replaceChildren(h('section', { class: 'intervensi-dashboard' },
    h('h3', {}, 'Dasbor panti'),
    h('p', { class: 'intervensi-dashboard-home' }, figures.home || ''),
    h('div', { class: 'intervensi-tiles' },
      tile('intervensi-tile-open', 'Kasus aktif', figures.openCases),
      tile('intervensi-tile-overdue', 'Evaluasi terlambat', figures.overdueEvaluations),
      tile('intervensi-tile-escalations', 'Eskalasi ke supervisor', figures.escalations),
      tile('intervensi-tile-without-worker', 'Kasus tanpa pekerja sosial', figures.withoutWorker)),
    reportPart(),
    h('div', { class: 'intervensi-cards' }, cards.map((c) => c.node))));

  loadEcharts().then((echarts) => cards.forEach((c) => draw(echarts, c)))
    .catch(() => cards.forEach((c) => c.chart.replaceChildren(h('p', { class: 'intervensi-empty' }, 'Grafik tidak dapat dimuat; lihat tabel.'))));
}

export default {
  id: 'intervensi.dashboard',
  pluginPoint: 'cockpit.dashboard',
  // first on the start page, above the case history's search and Camunda's own sections
  priority: 1100,
  render: (node) => {
    me().then((user) => {
      if (!user || onlyAuditor(user)) {
        return;
      }
      return call('/api/dashboard').then((answer) => {
        if (answer.status === 403) {
          return;
        }
        if (!answer.ok) {
          node.replaceChildren(h('p', { class: 'intervensi-error' }, (answer.data && answer.data.message) || `Dasbor tidak dapat dimuat (${answer.status}).`));
          return;
        }
        render(node, answer.data);
      });
    });
  }
};
