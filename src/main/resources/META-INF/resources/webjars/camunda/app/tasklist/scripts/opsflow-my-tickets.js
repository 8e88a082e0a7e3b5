/*
 * OpsFlow: "My tickets" in Tasklist's header, beside "Start process": the page where a person
 * follows every ticket they raised or work on (/my-tickets.html, read with this Tasklist login).
 * A Tasklist front-end plugin (customScripts in config.js) on the navbar's action point.
 */
const zh = /^zh\b/i.test((navigator.languages && navigator.languages[0]) || navigator.language || '');

export default {
  id: 'opsflow.myTickets',
  pluginPoint: 'tasklist.navbar.action',
  priority: 50,
  render: node => {
    const link = document.createElement('a');
    link.href = '/my-tickets.html';
    link.className = 'opsflow-my-tickets';
    link.title = zh ? '您提交或处理的工单' : 'The tickets you raised or work on';
    const icon = document.createElement('span');
    icon.className = 'glyphicon glyphicon-list-alt';
    link.appendChild(icon);
    link.appendChild(document.createTextNode(' ' + (zh ? '我的工单' : 'My tickets')));
    node.appendChild(link);
  }
};
