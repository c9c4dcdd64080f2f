// Intervensi: a Tasklist custom script (config.js customScripts) for the Camunda Forms that form-js
// 1.8.7 renders. The forms are in Bahasa Indonesia, whatever the browser's language, so:
//
// 1. form-js's own English texts (validation messages, "Select", "Search", "Add new") are shown in
//    Bahasa Indonesia: a MutationObserver rewrites them where form-js puts them.
// 2. form-js reads a date field's "yyyy-MM-dd" value with Date.parse, which takes a date without a
//    time as midnight UTC: west of UTC the picker then shows, and submits, the day before. Such
//    text is read here as midnight of the browser's own time zone, as the picker writes it.
//    (Top-level date fields arrive as Date variables, which Tasklist hands over as local date and
//    time; this covers dates inside dynamic lists, kept as text in their Json variable.)

const MESSAGES = [
  [/^Field is required\.$/, () => 'Wajib diisi.'],
  [/^Field must have minimum length of (\d+)\.$/, (n) => `Paling sedikit ${n} karakter.`],
  [/^Field must have maximum length of (\d+)\.$/, (n) => `Paling banyak ${n} karakter.`],
  [/^Field must have minimum value of (.+)\.$/, (n) => `Nilai paling kecil ${n}.`],
  [/^Field must have maximum value of (.+)\.$/, (n) => `Nilai paling besar ${n}.`],
  [/^Field must match pattern .*$/, () => 'Isian belum sesuai format; lihat petunjuk di bawah kolom ini.'],
  [/^Field must be a valid email\.$/, () => 'Isi dengan alamat email yang benar.'],
  [/^Field must be a valid\s+international phone number.*$/, () => 'Isi dengan nomor telepon yang benar, misalnya +6281234567890.'],
  [/^Value is not a number\.$/, () => 'Isi dengan angka.'],
  [/^Value is expected to be an integer\.$/, () => 'Isi dengan bilangan bulat, tanpa koma.'],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/, (n) => `Paling banyak ${n} angka di belakang koma.`],
  [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/,
    (a, b) => `Nilai tidak sah; dua nilai terdekat yang sah: ${a} dan ${b}.`],
  [/^Select$/, () => 'Pilih'],
  [/^Add new$/, () => 'Tambah baris']
];

const PLACEHOLDERS = { Search: 'Cari' };

function translate(text) {
  const trimmed = text.trim();
  for (const [pattern, replace] of MESSAGES) {
    const match = pattern.exec(trimmed);
    if (match) {
      return text.replace(trimmed, replace(...match.slice(1)));
    }
  }
  return null;
}

function translateWithin(root) {
  const places = root.querySelectorAll(
    '.fjs-container .fjs-form-field-error, .fjs-container .fjs-select-display, .fjs-container .fjs-repeat-render-add');
  for (const place of places) {
    const walker = document.createTreeWalker(place, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const translated = translate(node.data);
      if (translated !== null && translated !== node.data) {
        node.data = translated;
      }
    }
  }
  for (const input of root.querySelectorAll('.fjs-container input[placeholder]')) {
    const placeholder = PLACEHOLDERS[input.getAttribute('placeholder')];
    if (placeholder) {
      input.setAttribute('placeholder', placeholder);
    }
  }
}

// The resident a task is about, above its form (GET /api/tasks/{id}/resident, with the Tasklist
// session): name, age, living unit. Only users who read the task's case get it (a candidate once
// they claim the task: the form loads again then, see tasklist/TasklistBundleFix). Text only.
let residentShownFor = null;

function currentTaskId() {
  const match = /[?&]task=([^&]+)/.exec(window.location.hash || '');
  return match ? decodeURIComponent(match[1]) : null;
}

function showResident() {
  const form = document.querySelector('.task-details [data-form-loads]');
  const taskId = currentTaskId();
  if (!form || !taskId) {
    return;
  }
  const shownFor = `${taskId}:${form.getAttribute('data-form-loads')}`;
  if (shownFor === residentShownFor) {
    return;
  }
  residentShownFor = shownFor;
  fetch(`/api/tasks/${encodeURIComponent(taskId)}/resident`, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then((response) => (response.status === 200 ? response.json() : null))
    .then((resident) => {
      let header = form.parentElement.querySelector('.intervensi-resident');
      // a task of no case (a group session's attendance) answers { noCase: true }: no resident
      if (!resident || !resident.caseNumber) {
        if (header) {
          header.remove();
        }
        return;
      }
      if (!header) {
        header = document.createElement('div');
        header.className = 'intervensi-resident';
        form.parentElement.insertBefore(header, form);
      }
      const unit = resident.livingUnit
        ? ` · ${resident.livingUnit}${resident.room ? ', kamar ' + resident.room : ''}`
        : '';
      header.textContent = `Klien: ${resident.fullName} · ${resident.age} tahun${unit}`;
    })
    .catch(() => {});
}

let scheduled = false;
new MutationObserver(() => {
  if (!scheduled) {
    scheduled = true;
    queueMicrotask(() => {
      scheduled = false;
      translateWithin(document);
      showResident();
    });
  }
}).observe(document.documentElement, { childList: true, subtree: true, characterData: true });

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const nativeParse = Date.parse;
Date.parse = function parse(text) {
  const day = typeof text === 'string' ? DATE_ONLY.exec(text) : null;
  if (day) {
    const local = new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3]));
    local.setFullYear(Number(day[1]));
    return local.getTime();
  }
  return nativeParse.call(Date, text);
};

// 3. The start form looks the NIK up as it is typed (GET /api/clients/lookup, with the user's
//    Tasklist session): a registered person is shown with their cases, so the worker knows before
//    submitting that the new case joins that person's record (docs/client-registry.md). Text
//    only (textContent): nothing the registry holds is read as markup.

const NIK_FIELD = '.modal input[id$="Field_clientNik"]';
const STATUS = { OPEN: 'aktif', CLOSED: 'selesai' };
let lastLookup = null;

// dd/mm/yyyy, as every date of the forms (intervensi-dates.js)
function day(text) {
  if (!text) {
    return null;
  }
  const [y, m, d] = text.substring(0, 10).split('-');
  return `${d}/${m}/${y}`;
}

function describe(found) {
  if (!found.found) {
    return 'NIK belum terdaftar: klien baru.';
  }
  const born = found.birthDate ? `lahir ${day(found.birthDate)}` : `lahir sekitar ${found.birthYearEstimate}`;
  const sex = found.sex === 'F' ? 'perempuan' : 'laki-laki';
  const cases = found.cases.length
    ? ' Kasus: ' + found.cases.map((c) => `${c.caseNumber} (${STATUS[c.status] || c.status}, dibuka ${day(c.openedAt)})`).join('; ') + '.'
    : '';
  return `NIK ini sudah terdaftar: ${found.fullName}, ${born}, ${sex}.${cases}`
    + ' Kasus baru dikaitkan dengan orang ini; nama, tanggal lahir dan jenis kelamin harus sama dengan yang terdaftar.';
}

function showLookup(input, text) {
  const field = input.closest('.fjs-form-field') || input.parentElement;
  let box = field.querySelector('.intervensi-nik-lookup');
  if (!box) {
    box = document.createElement('div');
    box.className = 'intervensi-nik-lookup';
    box.setAttribute('role', 'status');
    field.appendChild(box);
  }
  box.textContent = text;
}

document.addEventListener('input', (event) => {
  const input = event.target;
  if (!(input instanceof HTMLInputElement) || !input.matches(NIK_FIELD)) {
    return;
  }
  const nik = input.value.trim();
  if (!/^\d{16}$/.test(nik)) {
    showLookup(input, '');
    lastLookup = null;
    return;
  }
  if (nik === lastLookup) {
    return;
  }
  lastLookup = nik;
  fetch(`/api/clients/lookup?nik=${nik}`, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then((response) => (response.ok ? response.json() : null))
    .then((found) => {
      if (found && lastLookup === nik) {
        showLookup(input, describe(found));
      }
    })
    .catch(() => {});
}, true);

export default [];
