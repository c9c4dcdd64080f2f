// Intervensi: Tasklist as the social workers of the home use it (see docs/tasklist.md).
// This file overrides the one in Camunda's webjar. The app serves it with the home's name
// (intervensi.home.name) filled in on the next line: id.intervensi.tasklist.WebappConfigController.
const home = 'Panti Sosial Tresna Werdha';

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
  // file tab, the case list in the top bar and the resident on each task card (intervensi-cases)
  customScripts: ['scripts/intervensi-forms', 'scripts/intervensi-cases'],

  // Tasklist takes the shortcut descriptions from here, in one language for every user: both are given
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'klaim tugas yang sedang dipilih / claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'pindah ke filter pertama / set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'pindah ke tugas pertama dalam daftar / sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'pindah ke isian pertama formulir / sets the focus to the first input field in a task form'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'buka dialog mulai proses / opens the start process modal dialog'
    }
  }
};
