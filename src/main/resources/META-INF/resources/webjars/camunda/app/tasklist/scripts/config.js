// GridGov: Tasklist in Chinese (English for browsers that ask for it). Replaces the webapp's own
// config.js (camunda-webapp-webjar 7.24.0), keeping its defaults: the keyboard shortcuts below.
export default {
  app: {
    name: '任务办理',
    vendor: 'GridGov 网格化治理'
  },
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'en'
  },
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: '认领当前选中的任务'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: '将焦点移到第一个筛选器'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: '将焦点移到任务列表的第一个任务'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: '将焦点移到任务表单的第一个输入框'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: '打开发起流程对话框'
    }
  }
};
