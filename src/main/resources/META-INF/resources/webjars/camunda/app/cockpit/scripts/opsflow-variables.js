/*
 * OpsFlow: Cockpit lists an object variable by its Java type ("java.util.HashMap<…>") and shows its
 * value only behind a click. OpsFlow serializes objects as JSON (default-serialization-format), so
 * this shows the JSON itself in the variable lists (the first 160 characters on the line, the whole
 * value, indented, on hover), still a link to Cockpit's own dialog. A value that is not JSON keeps
 * its type name. A front-end plugin module of Cockpit's customScripts (config.js) with no plugin.
 */
const LINK = 'a[ng-click^="editVariableValue"]';
const SHORT = 160;

function show(link) {
  const scope = window.angular && window.angular.element(link).scope();
  const variable = scope && scope.variable;
  if (!variable || variable.type !== 'Object' || variable.value === null || variable.value === undefined) {
    return;
  }
  let value;
  try {
    value = typeof variable.value === 'string' ? JSON.parse(variable.value) : variable.value;
  } catch (e) {
    return; // not JSON: Cockpit's type name stays
  }
  const json = JSON.stringify(value);
  if (link.dataset.opsflowJson === json) {
    return;
  }
  link.dataset.opsflowJson = json;
  link.textContent = json.length > SHORT ? json.slice(0, SHORT - 1) + '…' : json;
  link.title = ((variable.valueInfo && variable.valueInfo.objectTypeName) || '') + '\n' + JSON.stringify(value, null, 2);
  link.classList.add('opsflow-json');
}

new MutationObserver(() => document.querySelectorAll(LINK).forEach(show))
  .observe(document.documentElement, {childList: true, subtree: true, characterData: true});

export default [];
