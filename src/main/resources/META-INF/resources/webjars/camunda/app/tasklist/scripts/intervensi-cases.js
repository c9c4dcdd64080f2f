// Intervensi: the case in Tasklist (docs/tasklist.md), through Tasklist's plugin points, with the
// user's Tasklist session against the app's API (/api/..., docs/rest-api.md):
//
//  - tasklist.card:          the resident's name, age and wisma on each task card;
//  - tasklist.task.detail:   a "Berkas kasus" tab on every task of a case: the whole case file;
//  - tasklist.navbar.action: "Kasus" in the top bar: Kasus saya, every open case (supervisors,
//                            managers, auditors), search, each case's file, caseloads.
//
// The case file offers the actions a user may take (GET /api/me): a case note, a termination
// request, a client's exit, a transfer to another worker, a document upload; each is confirmed in a
// dialog and answered with the server's own words. Everything the server sends is shown as text
// (textContent), never read as markup.

import {
  call, messageOf, me, h, table, empty, field, loadEcharts, day, dayAndTime, todayIso
} from '/webjars/intervensi/intervensi-shared.js';

// ---------------------------------------------------------------------------------------------
// the app's API

let labelsPromise = null;

function labels() {
  labelsPromise = labelsPromise || call('/api/labels').then((a) => (a.ok ? a.data : {}));
  return labelsPromise;
}

// the cards of a page ask together: one request for the residents of every card shown
let pendingCards = null;

function residentOfCard(taskId) {
  if (!pendingCards) {
    const batch = { ids: new Set(), promise: null };
    batch.promise = new Promise((resolve) => setTimeout(resolve, 30)).then(() => {
      pendingCards = null;
      const query = [...batch.ids].map((id) => `taskId=${encodeURIComponent(id)}`).join('&');
      return call(`/api/tasks/residents?${query}`).then((a) => (a.ok ? a.data : {}));
    });
    pendingCards = batch;
  }
  pendingCards.ids.add(taskId);
  return pendingCards.promise.then((residents) => residents[taskId] || null);
}

// the task's resident; { noCase: true } for a task of no case (a group session's attendance),
// which the server answers so (200), not with an error; null before a candidate's claim
function caseOfTask(taskId) {
  return call(`/api/tasks/${encodeURIComponent(taskId)}/resident`)
    .then((a) => (a.status === 200 ? a.data : a.status === 404 ? { noCase: true } : null));
}

// ---------------------------------------------------------------------------------------------
// building the page: text only

// a code in the words of the labels (GET /api/labels)
function word(all, key, value) {
  if (value === null || value === undefined || value === '') {
    return '-';
  }
  const known = all && all[key] && all[key][value];
  return known || String(value);
}

function yesNo(value) {
  return value === true ? 'Ya' : value === false ? 'Tidak' : '-';
}

function section(title, props, ...content) {
  return h('section', Object.assign({ class: 'intervensi-section' }, props || {}), h('h4', {}, title), ...content);
}

// ---------------------------------------------------------------------------------------------
// dialogs: every action is confirmed here, and its answer shown here

function dialog(title, body, confirmText, onConfirm) {
  const message = h('p', { class: 'intervensi-dialog-message', role: 'alert' });
  const confirm = h('button', { type: 'submit', class: 'btn btn-primary intervensi-dialog-confirm' }, confirmText);
  const cancel = h('button', { type: 'button', class: 'btn btn-default intervensi-dialog-cancel' }, 'Batal');
  const form = h('form', { method: 'dialog' }, h('h3', {}, title), body, message, h('div', { class: 'intervensi-dialog-buttons' }, cancel, confirm));
  const node = h('dialog', { class: 'intervensi-dialog' }, form);
  document.body.appendChild(node);
  const close = () => {
    node.close();
    node.remove();
  };
  cancel.addEventListener('click', close);
  node.addEventListener('cancel', close);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    confirm.disabled = true;
    message.textContent = 'Menyimpan ...';
    try {
      const answer = await onConfirm();
      if (answer.ok) {
        close();
      } else {
        message.textContent = messageOf(answer);
        message.classList.add('intervensi-error');
      }
    } catch (e) {
      message.textContent = 'Tidak dapat menghubungi server. Coba lagi.';
      message.classList.add('intervensi-error');
    } finally {
      confirm.disabled = false;
    }
  });
  node.showModal();
  return node;
}

function notice(container, text) {
  const note = h('p', { class: 'intervensi-notice', role: 'status' }, text);
  container.prepend(note);
}

// ---------------------------------------------------------------------------------------------
// the case file

function actions(caseFile, may, all, refresh) {
  const caseNumber = caseFile.caseNumber;
  const base = `/api/cases/${encodeURIComponent(caseNumber)}`;
  const buttons = [];
  if (caseFile.status !== 'OPEN') {
    return h('div', { class: 'intervensi-actions' });
  }
  if (may.writeNotes) {
    buttons.push(h('button', {
      type: 'button',
      class: 'btn btn-default intervensi-action-note',
      onclick: () => {
        const date = h('input', { type: 'date', name: 'noteDate', value: todayIso(), max: todayIso(), required: true });
        const text = h('textarea', { name: 'text', rows: 5, maxlength: 4000, required: true });
        dialog('Tambah catatan kasus', h('div', {}, field('Tanggal', date), field('Catatan', text)), 'Simpan catatan',
          () => call(`${base}/notes`, { method: 'POST', json: { noteDate: date.value, text: text.value } })
            .then((answer) => { if (answer.ok) { refresh('Catatan kasus tersimpan.'); } return answer; }));
      }
    }, 'Tambah catatan kasus'));
  }
  if (may.reportEnding) {
    buttons.push(h('button', {
      type: 'button',
      class: 'btn btn-default intervensi-action-termination-request',
      onclick: () => {
        const note = h('textarea', { name: 'note', rows: 4, maxlength: 4000 });
        dialog('Laporkan permintaan terminasi',
          h('div', {}, h('p', {}, `Klien ${caseFile.client.fullName} meminta agar pelayanan diakhiri. Kasus ${caseNumber} akan menuju tahap terminasi.`),
            field('Catatan permintaan', note)),
          'Ya, laporkan permintaan',
          () => call(`${base}/termination-request`, { method: 'POST', json: { note: note.value } })
            .then((answer) => { if (answer.ok) { refresh('Permintaan terminasi tercatat.'); } return answer; }));
      }
    }, 'Laporkan permintaan terminasi'));
    buttons.push(h('button', {
      type: 'button',
      class: 'btn btn-default intervensi-action-exit',
      onclick: () => {
        const reasons = all.exitReason || {};
        const reason = h('select', { name: 'reason', required: true },
          h('option', { value: '' }, 'Pilih alasan'),
          Object.entries(reasons).map(([value, label]) => h('option', { value }, label)));
        const note = h('textarea', { name: 'note', rows: 4, maxlength: 4000 });
        dialog('Laporkan klien keluar',
          h('div', {}, h('p', {}, `Klien ${caseFile.client.fullName} tidak lagi tinggal di panti. Kasus ${caseNumber} akan menuju tahap terminasi.`),
            field('Alasan keluar', reason), field('Catatan', note)),
          'Ya, laporkan klien keluar',
          () => call(`${base}/client-exit`, { method: 'POST', json: { reason: reason.value, note: note.value } })
            .then((answer) => { if (answer.ok) { refresh('Kepergian klien tercatat.'); } return answer; }));
      }
    }, 'Laporkan klien keluar'));
  }
  // a referral during the services (assessment to evaluation): the same workers who report endings
  // (CaseReferrals.REFERRERS); the server refuses it at any other stage
  const inServices = ['ASSESSMENT', 'PLANNING', 'INTERVENTION', 'EVALUATION'].includes((caseFile.stage || {}).code);
  if (may.reportEnding && inServices) {
    buttons.push(h('button', {
      type: 'button',
      class: 'btn btn-default intervensi-action-referral',
      onclick: () => {
        dialog('Rujuk klien ke sistem sumber',
          h('div', {}, h('p', {}, `Klien ${caseFile.client.fullName} akan dirujuk ke sistem sumber lain (layanan kesehatan, keluarga, masyarakat, instansi pemerintah, lembaga lain). Layanan kasus ${caseNumber} tetap berjalan.`),
            h('p', {}, 'Tugas «Rujuk klien ke sistem sumber» akan muncul di daftar tugas untuk mencatat tujuan, alasan dan tanggal rujukan; hasilnya ditindaklanjuti 14 hari kemudian.')),
          'Ya, buat rujukan',
          () => call(`${base}/referrals`, { method: 'POST', json: {} })
            .then((answer) => { if (answer.ok) { refresh('Rujukan dibuat: isi tugas «Rujuk klien ke sistem sumber» di daftar tugas.'); } return answer; }));
      }
    }, 'Rujuk'));
  }
  if (may.transferCases) {
    buttons.push(h('button', {
      type: 'button',
      class: 'btn btn-default intervensi-action-transfer',
      onclick: async () => {
        const workers = await call('/api/social-workers');
        const worker = h('select', { name: 'worker', required: true },
          h('option', { value: '' }, 'Pilih pekerja sosial'),
          (workers.ok ? workers.data : []).map((w) => h('option', { value: w.id }, `${w.name} (${w.id})`)));
        const reason = h('textarea', { name: 'reason', rows: 3, maxlength: 500, required: true });
        dialog('Alihkan kasus', h('div', {}, h('p', {}, `Pekerja sosial pendamping kasus ${caseNumber} saat ini: ${caseFile.assignedWorker || 'belum ada (kelompok pekerja sosial)'}.`),
          field('Pekerja sosial baru', worker), field('Alasan pengalihan', reason)), 'Ya, alihkan kasus',
        () => call(`${base}/worker`, { method: 'PUT', json: { worker: worker.value, reason: reason.value } })
          .then((answer) => { if (answer.ok) { refresh('Kasus dialihkan.'); } return answer; }));
      }
    }, 'Alihkan kasus'));
  }
  return h('div', { class: 'intervensi-actions' }, buttons);
}

function summary(caseFile, all) {
  const client = caseFile.client;
  const born = client.birthDate ? day(client.birthDate) : `sekitar ${client.birthYearEstimate}`;
  const stage = caseFile.stage || {};
  const lasted = stage.days === null || stage.days === undefined ? '' : ` · ${stage.days} hari`;
  const residency = caseFile.residency;
  return h('dl', { class: 'intervensi-summary dl-horizontal' },
    h('dt', {}, 'Klien'), h('dd', { class: 'intervensi-client-name' }, `${client.fullName} · ${client.age} tahun · ${client.sex === 'F' ? 'perempuan' : 'laki-laki'}`),
    h('dt', {}, 'NIK'), h('dd', {}, client.nik || 'tidak ada'),
    h('dt', {}, 'Lahir'), h('dd', {}, born),
    h('dt', {}, 'Alamat asal'), h('dd', {}, client.address || '-'),
    h('dt', {}, 'Tempat tinggal'), h('dd', {}, residency ? `${residency.livingUnit}${residency.room ? ', kamar ' + residency.room : ''} (masuk ${day(residency.entryDate)})` : 'belum dicatat'),
    h('dt', {}, 'Tahap'), h('dd', { class: 'intervensi-stage' }, `${word(all, 'stage', stage.code)} sejak ${day(stage.since)}${lasted}`),
    h('dt', {}, 'Pekerja sosial'), h('dd', { class: 'intervensi-worker' }, caseFile.assignedWorker || 'kelompok pekerja sosial'),
    h('dt', {}, 'Dibuka'), h('dd', {}, `${dayAndTime(caseFile.openedAt)} oleh ${caseFile.openedBy || '-'}`),
    caseFile.status === 'OPEN' ? null : [h('dt', {}, 'Ditutup'), h('dd', {}, `${dayAndTime(caseFile.closedAt)} · ${word(all, 'closureReason', caseFile.closureReason)}${caseFile.exitReason ? ' · ' + word(all, 'exitReason', caseFile.exitReason) : ''}`)]);
}

function contactsPart(caseFile) {
  const rows = (caseFile.contacts || []).map((c) => h('tr', {},
    h('td', {}, c.name), h('td', {}, c.relation || '-'), h('td', {}, c.phone || '-'),
    h('td', {}, [c.responsible ? 'penanggung jawab' : null, c.guardian ? 'wali' : null].filter(Boolean).join(', ') || '-')));
  return section('Keluarga dan kontak', {}, rows.length ? table(['Nama', 'Hubungan', 'Telepon', 'Peran'], rows) : empty('Belum ada kontak keluarga.'));
}

function contractPart(caseFile, all) {
  const c = caseFile.contract || {};
  const services = Array.isArray(c.servicesAgreed) ? c.servicesAgreed.map((s) => word(all, 'servicesAgreed', s)).join('; ') : '-';
  return section('Kontrak dan persetujuan', {}, h('dl', { class: 'dl-horizontal' },
    h('dt', {}, 'Layanan disepakati'), h('dd', {}, services),
    h('dt', {}, 'Mulai kontrak'), h('dd', {}, day(c.contractStartDate)),
    h('dt', {}, 'Persetujuan'), h('dd', {}, `${yesNo(c.consentGiven)}${c.consentGivenBy ? ' · ' + word(all, 'consentGivenBy', c.consentGivenBy) : ''}`),
    c.consentRefusalReason ? [h('dt', {}, 'Alasan menolak'), h('dd', {}, c.consentRefusalReason)] : null,
    c.admissionRefusalReason ? [h('dt', {}, 'Alasan penerimaan tidak disetujui'), h('dd', {}, c.admissionRefusalReason)] : null,
    h('dt', {}, 'Komentar supervisor'), h('dd', {}, c.admissionComments || '-')));
}

function planPart(caseFile, all) {
  const plan = caseFile.plan || {};
  const goals = (Array.isArray(plan.goals) ? plan.goals : []).map((g) => h('tr', {}, h('td', {}, g.goal), h('td', {}, g.indicator || '-'), h('td', {}, g.target || '-')));
  const activities = (Array.isArray(plan.activities) ? plan.activities : []).map((a) => h('tr', {},
    h('td', {}, a.name), h('td', {}, word(all, 'welfareFunction', a.welfareFunction)), h('td', {}, word(all, 'method', a.method)),
    h('td', {}, a.atensiComponent ? word(all, 'atensiComponent', a.atensiComponent) : 'Belum ditentukan'),
    h('td', {}, a.responsible || '-'), h('td', {}, day(a.schedule))));
  return section('Rencana intervensi', {},
    goals.length ? table(['Tujuan', 'Indikator', 'Sasaran'], goals) : empty('Rencana belum disusun.'),
    activities.length ? table(['Kegiatan', 'Fungsi kesejahteraan', 'Metode', 'Komponen ATENSI', 'Penanggung jawab', 'Jadwal'], activities) : null,
    plan.planApproved === undefined ? null : h('p', {}, `Disetujui supervisor: ${yesNo(plan.planApproved)}${plan.planReviewComments ? ' · ' + plan.planReviewComments : ''}`));
}

function reportRows(reports, all) {
  return reports.map((r) => {
    const activity = r.activity || {};
    return h('tr', {},
      h('td', {}, activity.name || '-'), h('td', {}, word(all, 'method', activity.method)),
      h('td', {}, day(r.activityDate)), h('td', {}, word(all, 'attendance', r.attendance)),
      h('td', { class: 'intervensi-text' }, r.caseNote || '-'), h('td', {}, `${r.reportedBy || '-'}, ${dayAndTime(r.reportedAt)}`));
  });
}

function reportsPart(caseFile, all) {
  const reports = caseFile.activityReports || [];
  const current = reports.filter((r) => r.sinceLastEvaluation);
  const earlier = reports.filter((r) => !r.sinceLastEvaluation);
  const headers = ['Kegiatan', 'Metode', 'Tanggal', 'Kehadiran', 'Catatan kasus', 'Dilaporkan'];
  return section('Laporan kegiatan', { class: 'intervensi-section intervensi-reports' },
    h('h5', {}, 'Putaran ini (sejak evaluasi terakhir)'),
    current.length ? table(headers, reportRows(current, all), { class: 'table table-condensed intervensi-table intervensi-reports-current' }) : empty('Belum ada laporan kegiatan pada putaran ini.'),
    earlier.length ? [h('h5', {}, 'Putaran sebelumnya'), table(headers, reportRows(earlier, all))] : null);
}

// the GDS-15 score, and how many of its 15 items the client could answer when not all were (the
// score is then incomplete: null, never 0)
function gdsText(s) {
  const partial = s.gdsItemsAssessed != null && s.gdsItemsAssessed < 15 ? `${s.gdsItemsAssessed} dari 15 butir dinilai` : null;
  if (s.gds != null) {
    return partial ? `${s.gds} (${partial})` : String(s.gds);
  }
  if (s.barthel == null) {
    return '-';
  }
  return partial ? `tidak lengkap (${partial})` : 'tidak lengkap';
}

function scoresPart(caseFile, all) {
  const scores = caseFile.scores || [];
  const rows = scores.map((s) => h('tr', { class: 'intervensi-score-round' },
    h('td', {}, `${s.roundKind === 'ASSESSMENT' ? 'Asesmen' : 'Evaluasi'} ${day(s.recordedAt)}`),
    h('td', { class: 'intervensi-informant' }, s.informant ? `${s.informant}, ${day(s.informationDate)}` : '-'),
    h('td', {}, s.barthel ?? '-'), h('td', {}, s.lawton ?? '-'), h('td', { class: 'intervensi-gds' }, gdsText(s)),
    h('td', {}, s.functioningLevel ? `${word(all, 'functioningLevel', s.functioningLevel)} · risiko ${word(all, 'riskLevel', s.riskLevel)}` : '-')));
  const chart = h('div', { class: 'intervensi-score-chart', role: 'img', 'aria-label': 'Grafik skor Barthel, Lawton dan GDS-15 per asesmen dan evaluasi' });
  const part = section('Skor asesmen dan evaluasi', { class: 'intervensi-section intervensi-scores' },
    scores.length ? [chart, table(['Putaran', 'Pemberi informasi, tanggal', 'Barthel (0-100)', 'Lawton (0-8)', 'GDS-15 (0-15)', 'Tingkat kemandirian'], rows)] : empty('Belum ada asesmen.'));
  if (scores.length) {
    loadEcharts().then((echarts) => {
      const plot = echarts.init(chart, null, { renderer: 'svg', height: 180 });
      plot.setOption({
        animation: false,
        grid: { left: 40, right: 40, top: 30, bottom: 30 },
        legend: { top: 0 },
        tooltip: { trigger: 'axis' },
        xAxis: { type: 'category', data: scores.map((s) => `${s.roundKind === 'ASSESSMENT' ? 'Asesmen' : 'Evaluasi'} ${day(s.recordedAt)}`) },
        yAxis: [{ type: 'value', min: 0, max: 100, name: 'Barthel' }, { type: 'value', min: 0, max: 15, name: 'Lawton, GDS' }],
        series: [
          { name: 'Barthel', type: 'line', data: scores.map((s) => s.barthel) },
          { name: 'Lawton', type: 'line', yAxisIndex: 1, data: scores.map((s) => s.lawton) },
          { name: 'GDS-15', type: 'line', yAxisIndex: 1, data: scores.map((s) => s.gds) }
        ]
      });
      chart.setAttribute('data-chart-drawn', 'true');
    }).catch(() => chart.replaceChildren(empty('Grafik tidak dapat dimuat; lihat tabel.')));
  }
  return part;
}

function evaluationsPart(caseFile, all) {
  const rows = (caseFile.evaluations || []).map((e) => h('tr', {},
    h('td', {}, dayAndTime(e.at)), h('td', {}, e.by || '-'), h('td', {}, word(all, 'evaluationOutcome', e.outcome)),
    h('td', { class: 'intervensi-text' }, e.notes || '-'), h('td', { class: 'intervensi-text' }, e.obstacles || '-')));
  const followUps = (caseFile.followUps || []).map((f) => h('tr', { class: inRound(caseFile, f.at) ? 'intervensi-in-round' : '' },
    h('td', {}, `${day(f.followUpDate)}${inRound(caseFile, f.at) ? ' · putaran ini' : ''}`), h('td', {}, f.by || '-'), h('td', { class: 'intervensi-text' }, f.progressNotes || '-')));
  return [
    section('Evaluasi', {}, rows.length ? table(['Waktu', 'Oleh', 'Hasil', 'Catatan', 'Hambatan'], rows) : empty('Belum ada evaluasi.')),
    section('Pemantauan berkala (antar-evaluasi)', {}, followUps.length ? table(['Tanggal', 'Oleh', 'Kemajuan'], followUps) : empty('Belum ada pemantauan berkala.'))
  ];
}

function referralPart(caseFile, all) {
  const r = caseFile.referral || {};
  const atIntake = r.referralResourceType || r.referralResourceName
    ? [h('p', {}, `${word(all, 'referralResourceType', r.referralResourceType)}: ${r.referralResourceName || '-'}`), r.referralNotes ? h('p', { class: 'intervensi-text' }, r.referralNotes) : null]
    : [];
  // referrals during the services, each with the latest answer of its follow-up
  const rows = (caseFile.referrals || []).map((x) => h('tr', { class: 'intervensi-referral' },
    h('td', {}, x.referralDate ? day(x.referralDate) : dayAndTime(x.referredAt)),
    h('td', {}, `${word(all, 'serviceReferralResourceType', x.resourceType)}: ${x.resourceName || '-'}`),
    h('td', { class: 'intervensi-text' }, x.reason || '-'),
    h('td', { class: 'intervensi-referral-outcome' }, x.outcome ? word(all, 'referralOutcome', x.outcome) : 'Menunggu tindak lanjut'),
    h('td', { class: 'intervensi-text' }, x.followUpNotes || '-'),
    h('td', {}, x.by || '-')));
  if (!atIntake.length && !rows.length) {
    return section('Rujukan', {}, empty('Tidak ada rujukan.'));
  }
  return section('Rujukan', {}, ...atIntake,
    rows.length ? table(['Tanggal', 'Sistem sumber', 'Alasan', 'Hasil', 'Catatan tindak lanjut', 'Oleh'], rows) : null);
}

// written since the last evaluation: the round the next evaluation looks at
function inRound(caseFile, when) {
  return !caseFile.roundSince || new Date(when).getTime() > new Date(caseFile.roundSince).getTime();
}

function notesPart(caseFile) {
  const rows = (caseFile.notes || []).map((n) => h('tr', { class: inRound(caseFile, n.writtenAt) ? 'intervensi-in-round' : '' },
    h('td', {}, day(n.noteDate)), h('td', { class: 'intervensi-text' }, n.text),
    h('td', {}, `${n.writtenBy}, ${dayAndTime(n.writtenAt)}${inRound(caseFile, n.writtenAt) ? ' · putaran ini' : ''}`)));
  return section('Catatan kasus', { class: 'intervensi-section intervensi-notes' }, rows.length ? table(['Tanggal', 'Catatan', 'Ditulis'], rows) : empty('Belum ada catatan kasus.'));
}

function documentsPart(caseFile, documents, may, all, refresh) {
  const base = `/api/cases/${encodeURIComponent(caseFile.caseNumber)}/documents`;
  const rows = (documents || []).map((d) => h('tr', {},
    h('td', {}, h('a', { href: `${base}/${d.id}/content`, class: 'intervensi-document-link', download: d.fileName || true }, d.title || d.fileName || `Dokumen ${d.id}`)),
    h('td', {}, word(all, 'documentKind', d.kind)), h('td', {}, `${Math.max(1, Math.round((d.sizeBytes || 0) / 1024))} KB`),
    h('td', {}, `${d.uploadedBy || '-'}, ${dayAndTime(d.uploadedAt)}`), h('td', {}, d.downloads)));
  const upload = may.uploadDocuments && caseFile.status === 'OPEN'
    ? h('button', {
      type: 'button',
      class: 'btn btn-default intervensi-action-upload',
      onclick: () => {
        const kind = h('select', { name: 'kind', required: true },
          Object.entries(all.documentKind || {}).map(([value, label]) => h('option', { value }, label)));
        const title = h('input', { type: 'text', name: 'title', maxlength: 200 });
        const file = h('input', { type: 'file', name: 'file', accept: 'application/pdf,image/png,image/jpeg', required: true });
        dialog('Unggah dokumen', h('div', {}, h('p', {}, 'PDF, PNG atau JPEG: KTP, KK, surat keterangan dokter, surat rujukan, kontrak bertanda tangan, akta kematian.'), field('Jenis dokumen', kind), field('Judul', title), field('Berkas', file)), 'Unggah',
          () => {
            const form = new FormData();
            form.append('kind', kind.value);
            form.append('title', title.value);
            if (file.files[0]) {
              form.append('file', file.files[0]);
            }
            return call(base, { method: 'POST', form }).then((answer) => { if (answer.ok) { refresh('Dokumen tersimpan.'); } return answer; });
          });
      }
    }, 'Unggah dokumen')
    : null;
  return section('Dokumen', { class: 'intervensi-section intervensi-documents' }, upload, rows.length ? table(['Dokumen', 'Jenis', 'Ukuran', 'Diunggah', 'Diunduh'], rows) : empty('Belum ada dokumen.'));
}

function tasksPart(caseFile) {
  const rows = (caseFile.tasks || []).map((t) => h('tr', { class: t.ended ? 'intervensi-task-done' : 'intervensi-task-open' },
    h('td', {}, t.name), h('td', {}, t.assignee || '(kelompok)'), h('td', {}, dayAndTime(t.created)),
    h('td', {}, t.due ? day(t.due) : '-'), h('td', {}, t.ended ? dayAndTime(t.ended) : 'terbuka')));
  return section('Tugas', {}, rows.length ? table(['Tugas', 'Oleh', 'Dibuat', 'Tenggat', 'Selesai'], rows) : empty('Belum ada tugas.'));
}

async function renderCaseFile(container, caseNumber) {
  container.replaceChildren(h('p', { class: 'intervensi-loading' }, 'Memuat berkas kasus ...'));
  const [answer, user, all] = await Promise.all([call(`/api/cases/${encodeURIComponent(caseNumber)}`), me(), labels()]);
  if (!answer.ok) {
    container.replaceChildren(h('p', { class: 'intervensi-error' }, messageOf(answer)));
    return;
  }
  const caseFile = answer.data;
  const documents = await call(`/api/cases/${encodeURIComponent(caseNumber)}/documents`);
  const may = (user && user.may) || {};
  const refresh = (text) => renderCaseFile(container, caseNumber).then(() => notice(container, text));
  container.replaceChildren(h('div', { class: 'intervensi-casefile', 'data-case-number': caseFile.caseNumber },
    h('h3', {}, `Berkas kasus ${caseFile.caseNumber}`),
    summary(caseFile, all),
    actions(caseFile, may, all, refresh),
    reportsPart(caseFile, all),
    notesPart(caseFile),
    scoresPart(caseFile, all),
    evaluationsPart(caseFile, all),
    planPart(caseFile, all),
    contractPart(caseFile, all),
    contactsPart(caseFile),
    referralPart(caseFile, all),
    documentsPart(caseFile, documents.ok ? documents.data : [], may, all, refresh),
    tasksPart(caseFile)));
}

// ---------------------------------------------------------------------------------------------
// the case list

async function renderCaseList(container, scope, query, page) {
  const size = 20;
  const params = new URLSearchParams({ scope, firstResult: String(page * size), maxResults: String(size) });
  if (query) {
    params.set('q', query);
  }
  const [answer, all] = await Promise.all([call(`/api/cases?${params}`), labels()]);
  const list = container.querySelector('.intervensi-case-rows');
  if (!answer.ok) {
    list.replaceChildren(h('p', { class: 'intervensi-error' }, messageOf(answer)));
    return;
  }
  const now = Date.now();
  const rows = answer.data.rows.map((c) => h('tr', {
    class: `intervensi-case-row${c.overdueTasks > 0 ? ' intervensi-overdue' : ''}`,
    'data-case-number': c.caseNumber,
    tabindex: 0,
    onclick: () => openCase(container, c.caseNumber),
    onkeydown: (event) => { if (event.key === 'Enter') { openCase(container, c.caseNumber); } }
  },
  h('td', {}, c.caseNumber), h('td', {}, c.clientName), h('td', {}, c.age ?? '-'),
  h('td', {}, `${word(all, 'stage', c.stage)}${c.stageSince ? ' sejak ' + day(c.stageSince) : ''}`),
  h('td', {}, c.assignedWorker || '(kelompok)'),
  h('td', {}, c.nextDue ? `${day(c.nextDue)}${new Date(c.nextDue).getTime() < now ? ' (lewat)' : ''}` : '-'),
  h('td', {}, c.overdueTasks > 0 ? `${c.overdueTasks} tugas terlambat` : '-')));
  const pages = Math.max(1, Math.ceil(answer.data.total / size));
  list.replaceChildren(...[
    h('p', { class: 'intervensi-case-count' }, `${answer.data.total} kasus`),
    rows.length ? table(['Nomor kasus', 'Nama', 'Usia', 'Tahap', 'Pekerja sosial', 'Tenggat berikut', 'Terlambat'], rows) : empty('Tidak ada kasus yang cocok.'),
    pages > 1 ? h('div', { class: 'intervensi-pages' },
      h('button', { type: 'button', class: 'btn btn-default btn-xs', disabled: page === 0, onclick: () => renderCaseList(container, scope, query, page - 1) }, 'Sebelumnya'),
      ` Halaman ${page + 1} dari ${pages} `,
      h('button', { type: 'button', class: 'btn btn-default btn-xs', disabled: page + 1 >= pages, onclick: () => renderCaseList(container, scope, query, page + 1) }, 'Berikutnya')) : null
  ].filter(Boolean));
}

function openCase(container, caseNumber) {
  const view = container.querySelector('.intervensi-case-view');
  const back = h('button', { type: 'button', class: 'btn btn-link intervensi-back', onclick: () => { view.replaceChildren(); container.classList.remove('intervensi-showing-case'); } }, '← Kembali ke daftar');
  const file = h('div', {});
  view.replaceChildren(back, file);
  container.classList.add('intervensi-showing-case');
  renderCaseFile(file, caseNumber);
}

async function renderCaseloads(target) {
  const answer = await call('/api/caseloads');
  if (!answer.ok) {
    target.replaceChildren(h('p', { class: 'intervensi-error' }, messageOf(answer)));
    return;
  }
  const rows = answer.data.workers.map((w) => h('tr', {}, h('td', {}, w.name), h('td', {}, w.worker), h('td', {}, w.openCases)));
  target.replaceChildren(table(['Pekerja sosial', 'Pengguna', 'Kasus aktif'], rows),
    h('p', {}, `Kasus aktif tanpa pekerja sosial pendamping: ${answer.data.withoutWorker}`));
}

async function openCaseList() {
  const user = await me();
  const may = (user && user.may) || {};
  const scopes = [];
  if (may.listOwnCases) {
    scopes.push(['mine', 'Kasus saya']);
  }
  if (may.listAllCases) {
    scopes.push(['all', 'Semua kasus aktif']);
  }
  const search = h('input', { type: 'search', class: 'form-control intervensi-case-search', placeholder: 'Cari nama, NIK atau nomor kasus', 'aria-label': 'Cari kasus' });
  const rows = h('div', { class: 'intervensi-case-rows' });
  const view = h('div', { class: 'intervensi-case-view' });
  const caseloads = h('div', { class: 'intervensi-caseloads' });
  let scope = scopes.length ? scopes[0][0] : 'mine';
  const tabs = h('ul', { class: 'nav nav-tabs' }, scopes.map(([value, label]) => h('li', { class: value === scope ? 'active' : '' },
    h('a', {
      href: '',
      class: `intervensi-scope-${value}`,
      onclick: (event) => {
        event.preventDefault();
        scope = value;
        tabs.querySelectorAll('li').forEach((li) => li.classList.remove('active'));
        event.target.parentElement.classList.add('active');
        renderCaseList(container, scope, search.value.trim(), 0);
      }
    }, label))));
  const container = h('div', { class: 'intervensi-case-list' }, tabs, h('div', { class: 'intervensi-case-tools' }, search), rows,
    may.seeCaseloads ? h('details', { class: 'intervensi-caseload-details', ontoggle: (event) => { if (event.target.open) { renderCaseloads(caseloads); } } }, h('summary', {}, 'Beban kasus pekerja sosial'), caseloads) : null,
    view);
  let typing = null;
  search.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => renderCaseList(container, scope, search.value.trim(), 0), 250);
  });
  const close = h('button', { type: 'button', class: 'close intervensi-case-list-close', 'aria-label': 'Tutup' }, '×');
  const node = h('dialog', { class: 'intervensi-dialog intervensi-case-list-dialog' }, close, h('h3', {}, 'Kasus'), container);
  close.addEventListener('click', () => { node.close(); node.remove(); });
  node.addEventListener('cancel', () => node.remove());
  document.body.appendChild(node);
  node.showModal();
  if (scopes.length) {
    renderCaseList(container, scope, '', 0);
  } else {
    rows.replaceChildren(empty('Daftar kasus untuk pekerja sosial, supervisor, manajer dan auditor.'));
  }
}

// ---------------------------------------------------------------------------------------------
// the plugins

export default [
  {
    id: 'intervensi.card.resident',
    pluginPoint: 'tasklist.card',
    // above the card's variables (the case number), in the part of the card always shown
    priority: 1000,
    render: (node, { taskId }) => {
      residentOfCard(taskId).then((resident) => {
        if (resident) {
          node.replaceChildren(h('div', { class: 'intervensi-card-resident' },
            `${resident.fullName} · ${resident.age} th${resident.livingUnit ? ' · ' + resident.livingUnit : ''}`));
        }
      }).catch(() => {});
    }
  },
  {
    id: 'intervensi.task.casefile',
    pluginPoint: 'tasklist.task.detail',
    priority: 50,
    properties: { label: 'Berkas kasus' },
    render: (node, { taskId }) => {
      const show = () => caseOfTask(taskId).then((resident) => {
        if (resident && resident.noCase) {
          // e.g. a group session's attendance: it reports into each participant's own case file
          node.replaceChildren(h('div', { class: 'intervensi-casefile-none' },
            h('p', {}, 'Tugas ini bukan bagian dari satu kasus (misalnya sesi bimbingan sosial kelompok); laporan kegiatannya tercatat di berkas kasus tiap peserta.')));
        } else if (resident) {
          renderCaseFile(node, resident.caseNumber);
        } else {
          node.replaceChildren(h('div', { class: 'intervensi-casefile-closed' },
            h('p', {}, 'Berkas kasus terbuka untuk pekerja sosial yang menangani kasus ini: ambil tugas ini, lalu muat ulang.'),
            h('button', { type: 'button', class: 'btn btn-default intervensi-reload', onclick: show }, 'Muat ulang')));
        }
      });
      show();
    }
  },
  {
    id: 'intervensi.navbar.cases',
    pluginPoint: 'tasklist.navbar.action',
    priority: 200,
    render: (node) => {
      node.replaceChildren(h('a', {
        href: '',
        class: 'intervensi-open-cases',
        role: 'button',
        onclick: (event) => {
          event.preventDefault();
          openCaseList();
        }
      }, 'Kasus'));
    }
  }
];
