/*
 * OpsFlow: one language on screen. Models and forms carry every text a person meets as
 * "English / 中文" (a task's name, a form's label, an option), so an analyst edits both in Modeler
 * in one place. In Tasklist, Cockpit and Admin this script shows the half of the browser's language
 * (the same choice the webapp makes for its own texts: zh, zh-CN, zh-TW... Chinese, else English),
 * wherever such a text appears: task lists, task and form headers, form labels and options, page
 * titles, tooltips. Diagrams (SVG) keep both, and so does what people typed into fields.
 * A front-end plugin module of the apps' customScripts (config.js) with no plugin of its own.
 */
const zh = /^zh\b/i.test((navigator.languages && navigator.languages[0]) || navigator.language || '');

// "English text / 中文": a Latin half without Chinese, " / ", then a half with Chinese
const BILINGUAL = /^(\s*)([^\u3400-\u9fff]*?[^\s\u3400-\u9fff])\s+\/\s+([^/]*[\u3400-\u9fff][^/]*?)(\s*)$/;
const ATTRIBUTES = ['title', 'placeholder', 'aria-label'];
const SKIPPED = 'textarea, input, svg, [contenteditable], .opsflow-bilingual';

function half(text) {
  const match = BILINGUAL.exec(text);
  return match ? match[1] + (zh ? match[3] : match[2]) + match[4] : text;
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
if (document.body) {
  element(document.body);
}
title();

export default [];
