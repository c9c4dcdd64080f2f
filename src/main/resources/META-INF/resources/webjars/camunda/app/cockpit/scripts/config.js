// Intervensi: overrides the cockpit config.js of Camunda's webjar. The app serves it with the home's name
// (intervensi.home.name) filled in on the next line: id.intervensi.tasklist.WebappConfigController.
const home = 'Panti Sosial Tresna Werdha';

export default {
  app: {
    vendor: 'Intervensi',
    name: 'Cockpit · ' + home
  },
  // Bahasa Indonesia (locales/id.json) for a browser in Indonesian or any language other than
  // English; English for a browser whose first language is English
  locales: {
    availableLocales: ['id', 'en'],
    fallbackLocale: 'id'
  },
  // "Riwayat kasus": case search, a case's timeline and its exports (docs/case-history.md);
  // the managers' dashboard and the monthly report (docs/dashboard.md)
  customScripts: ['scripts/intervensi-history.js', 'scripts/intervensi-dashboard.js']
};
