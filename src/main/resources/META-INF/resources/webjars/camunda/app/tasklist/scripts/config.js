// Intervensi: Tasklist as the social workers of the home use it (see docs/tasklist.md).
// This file overrides the one in Camunda's webjar. The app serves it with the home's name
// (intervensi.home.name) and time zone (intervensi.home.time-zone, and its name WIB, WITA or WIT)
// filled in on the next lines: id.intervensi.tasklist.WebappConfigController.
const home = 'Panti Sosial Tresna Werdha';
const homeTimeZone = 'Asia/Jakarta';
const homeTimeZoneName = 'WIB';

// Tasklist's own choice of language: the browser's first language if Tasklist has it, else English
const firstLanguage = ((Array.isArray(navigator.languages) ? navigator.languages[0] : navigator.language) || '')
  .split('-')[0]
  .toLowerCase();
const language = firstLanguage === 'id' ? 'id' : 'en';
const say = (indonesian, english) => (language === 'id' ? indonesian : english);

export default {
  // header, login page and browser tab: "Intervensi Tasklist · <home>"
  app: {
    vendor: 'Intervensi',
    name: 'Tasklist · ' + home
  },
  // Bahasa Indonesia (locales/id.json) when the browser's first language is Indonesian, else English
  locales: {
    availableLocales: ['en', 'id'],
    fallbackLocale: 'en'
  },
  // form-js messages in Bahasa Indonesia, its time-zone dependent date parsing fixed; the case
  // file tab, the case list in the top bar and the resident on each task card (intervensi-cases);
  // dates in the forms as dd/mm/yyyy with Indonesian names, the home's time zone (intervensi-dates)
  customScripts: ['scripts/intervensi-forms', 'scripts/intervensi-cases', 'scripts/intervensi-dates'],

  // read by the app's own scripts (intervensi-dates), not by Tasklist
  intervensi: {
    language,
    timeZone: homeTimeZone,
    timeZoneName: homeTimeZoneName
  },

  // Tasklist shows these descriptions as they are, in every language (not through its locales):
  // each is given in the language Tasklist picks above
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: say('ambil tugas yang sedang dipilih', 'claims the currently selected task')
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: say('pindah ke filter pertama', 'set the focus to the first filter in the list')
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: say('pindah ke tugas pertama dalam daftar', 'sets the focus to the first task in the list')
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: say('pindah ke isian pertama formulir tugas', 'sets the focus to the first input field in a task form')
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: say('buka kasus baru', 'opens the start process modal dialog')
    }
  }
};
