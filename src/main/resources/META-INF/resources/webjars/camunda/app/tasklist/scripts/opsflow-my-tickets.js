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

/*
 * The number a person's new ticket was given, shown as soon as it is registered: Tasklist answers a
 * start with "The process has been started." only, so this watches the start form's submission
 * (…/process-definition/{id}/submit-form), asks /api/me/tickets/started/{instance} until the
 * ticket has its number, and shows it with a link to My tickets.
 */
const SUBMIT = /\/process-definition\/[^/]+\/submit-form$/;

function noticeStarted(instanceId, attempt = 0) {
  fetch('/api/me/tickets/started/' + encodeURIComponent(instanceId),
    {credentials: 'same-origin', headers: {'X-Requested-With': 'XMLHttpRequest', Accept: 'application/json'}})
    .then(answer => (answer.ok ? answer.json() : null))
    .then(started => {
      if (started && started.number) {
        showNumber(started.number);
      } else if (started && attempt < 40) {
        setTimeout(() => noticeStarted(instanceId, attempt + 1), 500);
      }
    })
    .catch(() => undefined);
}

function showNumber(number) {
  document.querySelectorAll('.opsflow-started').forEach(old => old.remove());
  const notice = document.createElement('div');
  notice.className = 'opsflow-started alert alert-success';
  notice.setAttribute('role', 'status');
  const strong = document.createElement('strong');
  strong.className = 'opsflow-started-number';
  strong.textContent = number;
  const link = document.createElement('a');
  link.href = '/my-tickets.html';
  link.textContent = zh ? '我的工单' : 'My tickets';
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'close';
  close.setAttribute('aria-label', zh ? '关闭' : 'Close');
  close.textContent = '×';
  close.onclick = () => notice.remove();
  notice.append(close, document.createTextNode(zh ? '已登记，编号 ' : 'Registered as '), strong,
    document.createTextNode(zh ? '。可在“' : '. Follow it in '), link, document.createTextNode(zh ? '”中跟踪。' : '.'));
  document.body.appendChild(notice);
}

const open = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function (method, url, ...rest) {
  if (String(method).toUpperCase() === 'POST' && SUBMIT.test(String(url).split('?')[0])) {
    this.addEventListener('load', () => {
      if (this.status === 200) {
        try {
          const instance = JSON.parse(this.responseText);
          if (instance && instance.id) {
            noticeStarted(instance.id);
          }
        } catch (e) {
          // not a start's answer
        }
      }
    });
  }
  return open.call(this, method, url, ...rest);
};
