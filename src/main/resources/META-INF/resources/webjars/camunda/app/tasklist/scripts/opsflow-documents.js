/*
 * OpsFlow: documents on Camunda Forms, which have no file field in Camunda 7. A form asks for
 * documents with a text component linking to "#opsflow-documents" (in Modeler, a Text view with
 * "[Documents / 文档](#opsflow-documents)"); Tasklist shows a file chooser there.
 * - On a start form the files chosen are sent once the ticket is started
 *   (POST /api/me/tickets/started/{instance}/documents): the ticket does not exist before.
 * - On a task form the ticket's documents are listed (each a download) and a file chosen is
 *   attached at once (POST /api/me/tasks/{task}/documents).
 * The calls carry Tasklist's login and its CSRF token, as Tasklist's own calls do.
 */
const zh = /^zh\b/i.test((navigator.languages && navigator.languages[0]) || navigator.language || '');
const MARK = 'a[href$="#opsflow-documents"]';
const SUBMIT = /\/process-definition\/[^/]+\/submit-form$/;
const MAX_BYTES = 10 * 1024 * 1024;

const text = {
  choose: zh ? '选择文件(每份最大 10 MB)' : 'Choose files (at most 10 MB each)',
  none: zh ? '尚无文档。' : 'No documents yet.',
  pending: zh ? '启动后附加:' : 'Attached when you start: ',
  sending: zh ? '正在上传…' : 'Uploading…',
  tooLarge: zh ? '超过 10 MB,未上传:' : 'Larger than 10 MB, not sent: ',
  sent: n => (zh ? '已附加 ' + n + ' 份文档。' : n + (n === 1 ? ' document' : ' documents') + ' attached.'),
  failed: zh ? '附加失败:' : 'Could not attach: '
};

function headers(type) {
  const token = (document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]+)/) || [])[1];
  const h = {'X-Requested-With': 'XMLHttpRequest', Accept: 'application/json'};
  if (type !== undefined) {
    h['Content-Type'] = type || 'application/octet-stream';
    if (token) {
      h['X-XSRF-TOKEN'] = decodeURIComponent(token);
    }
  }
  return h;
}

function send(url, file) {
  if (file.size > MAX_BYTES) {
    return Promise.reject(new Error(text.tooLarge + file.name));
  }
  return fetch(url + '?name=' + encodeURIComponent(file.name),
    {method: 'POST', credentials: 'same-origin', headers: headers(file.type), body: file})
    .then(answer => answer.json().catch(() => ({})).then(body => {
      if (!answer.ok) {
        throw new Error(text.failed + file.name + (body && body.message ? ' (' + body.message + ')' : ''));
      }
      return body;
    }));
}

function taskId() {
  const query = (location.hash.split('?')[1] || '');
  return new URLSearchParams(query).get('task');
}

function element(tag, className, content) {
  const e = document.createElement(tag);
  if (className) {
    e.className = className;
  }
  if (content !== undefined) {
    e.textContent = content;
  }
  return e;
}

/** The task's documents, each a download link. */
function listTaskDocuments(task, list) {
  fetch('/api/me/tasks/' + encodeURIComponent(task) + '/documents', {credentials: 'same-origin', headers: headers()})
    .then(answer => (answer.ok ? answer.json() : []))
    .then(documents => {
      list.textContent = '';
      if (!documents.length) {
        list.appendChild(element('li', 'opsflow-documents-none', text.none));
      }
      documents.forEach(d => {
        const item = element('li');
        const link = element('a', null, d.name);
        link.href = '/api/me/tasks/' + encodeURIComponent(task) + '/documents/' + encodeURIComponent(d.id);
        item.appendChild(link);
        list.appendChild(item);
      });
    })
    .catch(() => undefined);
}

function widget(mark) {
  const box = element('div', 'opsflow-documents');
  const list = element('ul', 'opsflow-documents-list');
  const input = element('input', 'opsflow-documents-input');
  input.type = 'file';
  input.multiple = true;
  input.title = text.choose;
  input.setAttribute('aria-label', text.choose);
  const status = element('div', 'opsflow-documents-status help-block');
  status.setAttribute('role', 'status');
  box.append(element('label', null, mark.textContent), list, input, element('div', 'help-block', text.choose), status);
  const start = !!mark.closest('.modal');
  const task = taskId();
  if (start) {
    box.dataset.start = 'true';
    box.opsflowFiles = [];
    input.addEventListener('change', () => {
      box.opsflowFiles = Array.from(input.files);
      status.textContent = box.opsflowFiles.length ? text.pending + box.opsflowFiles.map(f => f.name).join(', ') : '';
    });
  } else if (task) {
    listTaskDocuments(task, list);
    input.addEventListener('change', () => {
      const files = Array.from(input.files);
      status.textContent = text.sending;
      Promise.allSettled(files.map(f => send('/api/me/tasks/' + encodeURIComponent(task) + '/documents', f)))
        .then(results => {
          const refused = results.filter(r => r.status === 'rejected').map(r => r.reason.message);
          status.textContent = refused.length ? refused.join(' ') : text.sent(files.length);
          input.value = '';
          listTaskDocuments(task, list);
        });
    });
  }
  const paragraph = mark.closest('p') || mark;
  paragraph.replaceWith(box);
}

new MutationObserver(() => {
  document.querySelectorAll('.fjs-container ' + MARK).forEach(widget);
}).observe(document.documentElement, {childList: true, subtree: true});

/** A start form's chosen files, sent once Tasklist has started the ticket. */
function sendChosen(instanceId, files) {
  Promise.allSettled(files.map(f => send('/api/me/tickets/started/' + encodeURIComponent(instanceId) + '/documents', f)))
    .then(results => {
      const refused = results.filter(r => r.status === 'rejected').map(r => r.reason.message);
      const sent = results.length - refused.length;
      const notice = element('div', 'opsflow-documents-sent alert ' + (refused.length ? 'alert-danger' : 'alert-success'),
        (sent ? text.sent(sent) + ' ' : '') + refused.join(' '));
      notice.setAttribute('role', 'status');
      const close = element('button', 'close', '×');
      close.type = 'button';
      close.onclick = () => notice.remove();
      notice.prepend(close);
      document.body.appendChild(notice);
    });
}

const open = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function (method, url, ...rest) {
  if (String(method).toUpperCase() === 'POST' && SUBMIT.test(String(url).split('?')[0])) {
    const box = document.querySelector('.modal .opsflow-documents[data-start]');
    const files = box && box.opsflowFiles ? box.opsflowFiles.slice() : [];
    if (files.length) {
      this.addEventListener('load', () => {
        if (this.status === 200) {
          try {
            const instance = JSON.parse(this.responseText);
            if (instance && instance.id) {
              sendChosen(instance.id, files);
            }
          } catch (e) {
            // not a start's answer
          }
        }
      });
    }
  }
  return open.call(this, method, url, ...rest);
};

