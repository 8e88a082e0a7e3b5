/*
 * OpsFlow: forms with rows (a form-js dynamic list, e.g. the development plan) can be completed.
 * Tasklist 7.24 enables "Complete" while form-js reports no errors, counting the entries of its
 * error map; form-js 1.13 keeps an empty entry for every field of a row a person has edited, so
 * such a form would never count as valid. For forms with rows only, this module has Tasklist go by
 * the errors the form shows instead (a field marked in red). Completing still runs form-js's full
 * validation, and the server's checks stay the guard.
 * A front-end plugin module of Tasklist's customScripts (config.js) with no plugin of its own.
 */
const PATCHED = 'opsflowRows';

function patch(rows) {
  const angular = window.angular;
  const form = rows.closest('.fjs-container') || rows;
  const controller = angular && angular.element(rows).controller('camTasklistForm');
  if (!controller || controller[PATCHED]) {
    return;
  }
  controller[PATCHED] = true;
  const notify = controller.notifyFormValidated;
  controller.notifyFormValidated = function (invalid) {
    notify.call(controller, invalid);
    if (invalid) {
      // after form-js has drawn the change: valid unless a field shows an error
      setTimeout(() => {
        if (document.contains(form) && form.querySelector('.fjs-has-errors') === null) {
          notify.call(controller, false);
        }
      });
    }
  };
}

new MutationObserver(() => {
  document.querySelectorAll('.fjs-form-field-dynamiclist, .fjs-repeat-row-container').forEach(patch);
}).observe(document.documentElement, {subtree: true, childList: true});
