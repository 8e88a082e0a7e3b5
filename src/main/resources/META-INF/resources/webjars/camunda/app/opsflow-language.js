/*
 * OpsFlow: one language on screen. Models and forms carry every text a person meets as
 * "English / 中文" (a task's name, a form's label, an option), so an analyst edits both in Modeler
 * in one place. In Tasklist, Cockpit and Admin this script shows the half of the browser's language
 * (the same choice the webapp makes for its own texts: zh, zh-CN, zh-TW... Chinese, else English),
 * wherever such a text appears: task lists, task and form headers, form labels and options, page
 * titles, tooltips, read-only form fields holding such a text. Diagrams (SVG) keep both, and so
 * does what people typed into fields. For a
 * Chinese reader it also translates Camunda Forms' own messages ("Field is required."), which the
 * forms library has in English only, and relative times ("a few seconds ago") that Tasklist left in
 * English when it drew a list before its Chinese date texts had loaded.
 * A front-end plugin module of the apps' customScripts (config.js) with no plugin of its own.
 */
const zh = /^zh\b/i.test((navigator.languages && navigator.languages[0]) || navigator.language || '');

// "English text / 中文": a Latin half without Chinese, " / ", then a half with Chinese
const BILINGUAL = /^(\s*)([^\u3400-\u9fff]*?[^\s\u3400-\u9fff])\s+\/\s+([^/]*[\u3400-\u9fff][^/]*?)(\s*)$/;
const ATTRIBUTES = ['title', 'placeholder', 'aria-label'];
const SKIPPED = 'textarea, input, svg, [contenteditable], .opsflow-bilingual';

// Camunda Forms' own messages, which it has in English only
const FORMS_ZH = [
  [/^Field is required\.$/, () => '此项为必填项。'],
  [/^Field must have minimum length of (\d+)\.$/, n => '至少需要 ' + n + ' 个字符。'],
  [/^Field must have maximum length of (\d+)\.$/, n => '最多允许 ' + n + ' 个字符。'],
  [/^Field must have minimum value of (.+)\.$/, n => '不能小于 ' + n + '。'],
  [/^Field must have maximum value of (.+)\.$/, n => '不能大于 ' + n + '。'],
  [/^Field must match pattern (.+)\.$/, p => '格式不符合要求(' + p + ')。'],
  [/^Field must be a valid email\.$/, () => '请输入有效的电子邮箱地址。'],
  [/^No results$/, () => '没有匹配项'],
  [/^Search$/, () => '搜索'],
  [/^Select$/, () => '请选择'],
  [/^Date$/, () => '日期'],
  [/^Time$/, () => '时间'],
  [/^Add new$/, () => '新增一行'],
  [/^Remove item$/, () => '删除此行'],
  [/^Remove tag$/, () => '移除'],
  // a list Tasklist renders before its Chinese date texts arrive keeps moment's English relative times
  [/^a few seconds ago$/, () => '几秒前'],
  [/^in a few seconds$/, () => '几秒后'],
  [/^(a|an|\d+) (second|minute|hour|day|month|year)s? ago$/, (n, unit) => amount(n, unit) + '前'],
  [/^in (a|an|\d+) (second|minute|hour|day|month|year)s?$/, (n, unit) => amount(n, unit) + '后']
];

const UNITS_ZH = {second: '秒', minute: '分钟', hour: '小时', day: '天', month: '个月', year: '年'};

/** "an hour" → "1 小时", "3 days" → "3 天". */
function amount(n, unit) {
  return (/^\d+$/.test(n) ? n : '1') + ' ' + UNITS_ZH[unit];
}

function half(text) {
  const match = BILINGUAL.exec(text);
  if (match) {
    return match[1] + (zh ? match[3] : match[2]) + match[4];
  }
  if (zh) {
    const trimmed = text.trim();
    for (const [english, chinese] of FORMS_ZH) {
      const found = english.exec(trimmed);
      if (found) {
        return text.replace(trimmed, chinese(...found.slice(1)));
      }
    }
  }
  return text;
}

function skipped(element) {
  return !element || (element.closest && element.closest(SKIPPED) !== null);
}

function textNode(node) {
  if (skipped(node.parentElement)) {
    return;
  }
  const shown = half(node.data);
  if (shown !== node.data) {
    node.data = shown;
  }
}

function attributes(node) {
  for (const name of ATTRIBUTES) {
    const value = node.getAttribute(name);
    if (value && half(value) !== value) {
      node.setAttribute(name, half(value));
    }
  }
}

function element(node) {
  if (skipped(node)) {
    return;
  }
  attributes(node);
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let next = walker.nextNode(); next; next = walker.nextNode()) {
    if (next.nodeType === Node.TEXT_NODE) {
      textNode(next);
    } else if (!skipped(next)) {
      attributes(next);
    }
  }
}

function title() {
  const shown = half(document.title);
  if (shown !== document.title) {
    document.title = shown;
  }
}

new MutationObserver(changes => {
  for (const change of changes) {
    if (change.type === 'characterData') {
      textNode(change.target);
    } else if (change.type === 'attributes') {
      element(change.target);
    } else {
      change.addedNodes.forEach(node => node.nodeType === Node.TEXT_NODE ? textNode(node) : node.nodeType === Node.ELEMENT_NODE && element(node));
    }
  }
  title();
}).observe(document.documentElement, {
  subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ATTRIBUTES
});
// read-only form fields whose value is a model's text (an inspection row's item name): their value
// is no text node, and the form sets it as a property, which no observer sees
// (single-line fields only: a read-only text area holds people's notes, never a model's text)
const READ_ONLY_FIELDS = '.fjs-container input[readonly], .fjs-container input[disabled]';
setInterval(() => document.querySelectorAll(READ_ONLY_FIELDS).forEach(field => {
  const shown = half(field.value);
  if (shown !== field.value && BILINGUAL.test(field.value)) {
    field.value = shown;
  }
}), 300);
if (document.body) {
  element(document.body);
}
title();

export default [];
