// The simulator page: one conversation id per browser (kept in localStorage), the transcript from the
// JSON API, and the last reply's choices as big buttons.
(function () {
  const log = document.getElementById('log');
  const choices = document.getElementById('choices');
  const form = document.getElementById('composer');
  const input = document.getElementById('text');
  const labels = log.dataset;

  function conversationId(renew) {
    let id = localStorage.getItem('skilltalk.simulator');
    if (!id || renew) {
      id = 'web-' + Math.random().toString(36).slice(2, 12);
      localStorage.setItem('skilltalk.simulator', id);
    }
    return id;
  }

  function url() {
    return '/api/simulator/conversations/' + conversationId(false) + '/messages';
  }

  function line(direction, text) {
    const item = document.createElement('li');
    item.className = direction;
    const who = document.createElement('span');
    who.className = 'who';
    who.textContent = (direction === 'in' ? labels.you : labels.bot) + ': ';
    item.appendChild(who);
    item.appendChild(document.createTextNode(text || ''));
    log.appendChild(item);
    item.scrollIntoView({block: 'end'});
  }

  function offer(options) {
    choices.replaceChildren();
    (options || []).forEach(function (choice) {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = choice.key + '  ' + choice.label;
      button.addEventListener('click', function () { send(choice.key); });
      choices.appendChild(button);
    });
  }

  async function load() {
    log.replaceChildren();
    const response = await fetch(url(), {headers: {Accept: 'application/json'}});
    const lines = response.ok ? await response.json() : [];
    lines.forEach(function (l) { line(l.direction, l.text); });
    const last = lines.filter(function (l) { return l.direction === 'out'; }).pop();
    offer(last ? last.choices : []);
  }

  async function send(text) {
    line('in', text);
    offer([]);
    try {
      const response = await fetch(url(), {
        method: 'POST',
        headers: {'Content-Type': 'application/json', Accept: 'application/json'},
        body: JSON.stringify({text: text, languageCode: labels.lang})
      });
      if (!response.ok) { throw new Error(response.status); }
      const body = await response.json();
      body.replies.forEach(function (r) { line('out', r.text); });
      const last = body.replies[body.replies.length - 1];
      offer(last ? last.choices : []);
    } catch (e) {
      line('out', labels.error);
    }
    input.focus();
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    const text = input.value;
    input.value = '';
    send(text);
  });
  document.getElementById('restart').addEventListener('click', function () {
    conversationId(true);
    load();
  });
  load();
})();
