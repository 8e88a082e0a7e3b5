const { is } = require('bpmnlint-utils');

/**
 * OpsFlow runs no scripts: side effects belong in Java delegates, rules in DMN.
 */
module.exports = function() {
  function check(node, reporter) {
    if (is(node, 'bpmn:ScriptTask')) {
      reporter.report(node.id, 'Script tasks are not allowed: use a service task with a Java delegate');
    }
  }
  return { check };
};
