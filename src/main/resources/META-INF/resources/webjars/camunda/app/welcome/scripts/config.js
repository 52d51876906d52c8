// GridGov: Welcome in Chinese (English for browsers that ask for it). Replaces the webapp's own
// config.js (camunda-webapp-webjar 7.24.0), which sets nothing beyond the defaults.
export default {
  app: {
    name: '欢迎',
    vendor: 'GridGov 网格化治理'
  },
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'en'
  }
};
