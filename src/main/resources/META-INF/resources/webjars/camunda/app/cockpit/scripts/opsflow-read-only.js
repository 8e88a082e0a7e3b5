/*
 * OpsFlow: Cockpit offers a role only what it may do. Every OpsFlow role reads Cockpit and changes
 * nothing there (identity/RoleAuthorizations), yet Cockpit shows everyone the buttons to delete or
 * suspend an instance, add, edit or delete a variable, retry jobs, change job priorities, which
 * then end in long raw 403 texts. For a user outside the administrators' group this marks the page
 * read-only, and opsflow-webapps.css hides those actions; the administrator keeps them all.
 * A front-end plugin module of Cockpit's customScripts (config.js) with no plugin of its own.
 */
const ADMINISTRATORS = 'camunda-admin';

/** Asks who is logged in (the page loads before the login, and the user may change) on every view. */
function check() {
  fetch('/api/me', {credentials: 'same-origin', headers: {'X-Requested-With': 'XMLHttpRequest', Accept: 'application/json'}})
    .then(answer => (answer.ok ? answer.json() : null))
    .then(me => {
      const readOnly = me !== null && !(me.groups || []).includes(ADMINISTRATORS);
      document.documentElement.classList.toggle('opsflow-read-only', readOnly);
    })
    .catch(() => undefined);
}

check();
window.addEventListener('hashchange', check);

export default [];
