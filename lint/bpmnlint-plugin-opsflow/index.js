module.exports = {
  configs: {
    recommended: {
      rules: {
        'no-script-task': 'error'
      }
    }
  }
};
