// The page: ask for a code (or take it from the address, #code=XXXX-XXXX), join, and mount the
// team's or the facilitator's page as the server says which the code is.
import { connect } from './connection.js';
import { fill, h } from './dom.js';
import { facilitatorPage } from './facilitator.js';
import { teamPage } from './team.js';

const form = document.getElementById('join');
const input = document.getElementById('code');
const joinError = document.getElementById('join-error');
const root = document.getElementById('app');
const linkText = document.getElementById('link');
const who = document.getElementById('who');

function codeFromAddress() {
  const match = /(?:^#|&)code=([A-Za-z0-9-]{1,20})/.exec(location.hash);
  return match ? match[1] : null;
}

function ask(message) {
  fill(root);
  form.hidden = false;
  joinError.textContent = message ?? '';
  linkText.textContent = '';
  who.textContent = '';
  input.focus();
}

function start(code) {
  form.hidden = true;
  let page = null;
  const link = connect(code, {
    link: (text) => (linkText.textContent = text),
    refused: (m) => {
      history.replaceState(null, '', location.pathname);
      ask(m.message ?? m.reason);
    },
    message: (m) => {
      if (m.type === 'welcome') {
        history.replaceState(null, '', `${location.pathname}#code=${encodeURIComponent(code)}`);
        who.textContent = m.role === 'team' ? m.team.name : 'Facilitator';
        document.title = `multipolar · ${who.textContent}`;
        // A reconnection keeps the page it had: the state that follows brings it up to date.
        if (page) return;
        fill(root, h('p', { class: 'muted' }, 'Loading…'));
        page = m.role === 'team' ? teamPage(root, link, m) : facilitatorPage(root, link);
        return;
      }
      if (!page) return;
      if (m.type === 'state') page.state(m);
      else if (m.type === 'menu') page.menu(m);
      else if (m.type === 'ok') page.ok(m);
      else if (m.type === 'error') page.error(m);
    },
  });
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const code = input.value.trim();
  if (code !== '') start(code);
});

const given = codeFromAddress();
if (given) start(given);
else ask(null);
