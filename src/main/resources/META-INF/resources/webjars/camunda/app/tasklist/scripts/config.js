/*
 * Copyright Camunda Services GmbH and/or licensed to Camunda Services GmbH
 * under one or more contributor license agreements. See the NOTICE file
 * distributed with this work for additional information regarding copyright
 * ownership. Camunda licenses this file to you under the Apache License,
 * Version 2.0; you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

// OpsFlow: Camunda's tasklist config.js (webjar 7.24.0) with OpsFlow's settings added at the top of the
// object; the Spring Boot starter serves this classpath copy instead of the webjar's. The language is
// the browser's first preferred language (Accept-Language / navigator.languages), as the webapp
// itself chooses it: zh, zh-CN, zh-TW... get locales/zh.json, every other language English.
const OPSFLOW_ZH = /^zh\b/i.test(
  (navigator.languages && navigator.languages[0]) || navigator.language || ''
);

export default {
  // the header shows "OpsFlow <app>", the login page and the browser tab the app's name
  app: {
    name: OPSFLOW_ZH ? '任务列表' : 'Tasklist',
    vendor: 'OpsFlow'
  },
  locales: {
    availableLocales: ['en', 'zh'],
    fallbackLocale: 'en'
  },
  // OpsFlow's additions: "My tickets" in the header (scripts/opsflow-my-tickets.js); the browser's
  // half of every "English / 中文" text from the models and forms (../opsflow-language.js); forms
  // with rows (dynamic lists) that can be completed (scripts/opsflow-form-rows.js)
  customScripts: ['scripts/opsflow-my-tickets.js', '../opsflow-language.js', 'scripts/opsflow-form-rows.js', 'scripts/opsflow-documents.js'],

  // change the app name and vendor
  // app: {
  //   name: 'Todos',
  //   vendor: 'Company'
  // },
  //
  // configure the date format
  // "dateFormat": {
  //   "normal": "LLL",
  //   "long":   "LLLL"
  // },
  //
  // "locales": {
  //    "availableLocales": ["en", "de"],
  //    "fallbackLocale": "en"
  //  },
  // customScripts: [
  //   // If you have a folder called 'my-custom-script' (in the 'tasklist' folder)
  //   // with a file called 'customScript.js' in it
  //   // 'my-custom-script/customScript'
  // ],
  // requireJsConfig: {
  //   // AngularJS module names
  //   ngDeps: ['ui.bootstrap'],
  //   // RequireJS configuration for a complete configuration documentation see:
  //   // http://requirejs.org/docs/api.html#config
  //   deps: ['jquery', 'custom-ui'],
  //   paths: {
  //     // if you have a folder called `custom-ui` (in the `scripts` folder)
  //     // with a file called `scripts.js` in it and defining the `custom-ui` AMD module
  //     'custom-ui': 'custom-ui/scripts'
  //   }
  // },
  // csrfCookieName: 'XSRF-TOKEN',
  // disableWelcomeMessage: false,
  // assignProcessInstanceIdToTaskComment: true,

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'sets the focus to the first input field in a task form'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'opens the start process modal dialog'
    }
  }
};
