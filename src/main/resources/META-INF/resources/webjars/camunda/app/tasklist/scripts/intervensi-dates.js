// Intervensi: dates and times in Tasklist as the home reads them (docs/tasklist.md, Language), a
// Tasklist custom script (config.js customScripts).
//
// 1. Date fields of the Camunda Forms show and take dd/mm/yyyy, with Indonesian month and day names
//    in the picker, like the rest of the forms (always Bahasa Indonesia). form-js 1.8.7 takes the
//    order of a date from the browser's own locale (Intl: mm/dd/yyyy in an English browser, d/m/yyyy
//    without leading zeros in an Indonesian one) and leaves flatpickr, its date picker, in English;
//    it has no option for either. flatpickr's defaults (window.flatpickr.setDefaults) reach every
//    picker form-js creates: the Indonesian names and, once form-js's configuration is read, the
//    format d/m/Y. What form-js submits does not change: yyyy-MM-dd text, from the picked day.
// 2. The line at the bottom names the time zone Tasklist shows dates and times in: the home's
//    (WIB, WITA or WIT, intervensi.home.time-zone, handed over by config.js), or, on a device set to
//    another zone, that zone, with the home's beside it.

const DATE_FORMAT = 'd/m/Y';
const PLACEHOLDER = 'dd/mm/yyyy';

// flatpickr's locale object; the names are those of Tasklist's own Indonesian dates (locales/id.json)
const INDONESIAN = {
  weekdays: {
    shorthand: ['Min', 'Sen', 'Sel', 'Rab', 'Kam', 'Jum', 'Sab'],
    longhand: ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu']
  },
  months: {
    shorthand: ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agt', 'Sep', 'Okt', 'Nov', 'Des'],
    longhand: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September',
      'Oktober', 'November', 'Desember']
  },
  firstDayOfWeek: 1,
  ordinal: () => '',
  rangeSeparator: ' - ',
  weekAbbreviation: 'Mg',
  scrollTitle: 'Gulir untuk mengubah',
  toggleTitle: 'Klik untuk mengubah',
  yearAriaLabel: 'Tahun',
  monthAriaLabel: 'Bulan',
  hourAriaLabel: 'Jam',
  minuteAriaLabel: 'Menit',
  time_24hr: true
};

function indonesianDates(flatpickr) {
  flatpickr.setDefaults({
    locale: INDONESIAN,
    // the label a screen reader reads for each day of the calendar
    ariaDateFormat: 'j F Y',
    // form-js passes its own dateFormat; this runs once the configuration is read, before the
    // input is parsed or written
    onParseConfig: [function dayFirst() {
      if (!this.config.enableTime && !this.config.noCalendar) {
        this.config.dateFormat = DATE_FORMAT;
      }
    }],
    onReady: [function dayFirstPlaceholder() {
      if (this.input && this.config.dateFormat === DATE_FORMAT) {
        this.input.setAttribute('placeholder', PLACEHOLDER);
      }
    }]
  });
}

// form-js bundles flatpickr, which registers itself as window.flatpickr when its module first runs
if (typeof window.flatpickr === 'function') {
  indonesianDates(window.flatpickr);
} else {
  let registered;
  Object.defineProperty(window, 'flatpickr', {
    configurable: true,
    enumerable: true,
    get: () => registered,
    set: (flatpickr) => {
      registered = flatpickr;
      if (typeof flatpickr === 'function') {
        indonesianDates(flatpickr);
      }
    }
  });
}

// ---- the time zone line at the bottom ----

const conf = (window.camTasklistConf && window.camTasklistConf.intervensi) || {};

function clock(zone, at) {
  try {
    return new Intl.DateTimeFormat('en-GB', {
      timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit'
    }).format(at);
  } catch (e) {
    return null;
  }
}

function zoneLine() {
  const device = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const home = conf.timeZoneName || conf.timeZone;
  if (!home) {
    return null;
  }
  const now = new Date();
  const same = device === conf.timeZone || (clock(device, now) !== null && clock(device, now) === clock(conf.timeZone, now));
  if (conf.language === 'id') {
    return same ? `${home}, waktu panti` : `${device} milik perangkat ini; panti memakai ${home}`;
  }
  return same ? `${home}, the home's time zone` : `${device} (this device); the home is on ${home}`;
}

const line = zoneLine();

function showZone() {
  const shown = document.querySelector('#footer-timezone i');
  if (shown && line && shown.textContent !== line) {
    shown.textContent = line;
  }
}

if (line) {
  new MutationObserver(showZone).observe(document.documentElement, { childList: true, subtree: true });
  showZone();
}

export default [];
