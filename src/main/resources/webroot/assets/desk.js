// The agent desktop (/poste): routing state, the offered call, wrap-up and the FAQ, kept live by
// the agent's own stream (GET /api/stream/me), never polled.
import { api } from '/assets/numvert-session.js';
import { initHeader } from '/assets/page-header.js';
import { ServerClock, startTicking } from '/assets/format.js';
import { openStream } from '/assets/live-stream.js';
import { bindShortcuts } from '/assets/shortcuts.js';
import { StatePanel } from '/assets/desk-state.js';
import { CallPanel } from '/assets/desk-call.js';
import { FaqPanel } from '/assets/faq-panel.js';

function announce(text, urgent) {
  const region = document.getElementById(urgent ? 'announcer' : 'polite-announcer');
  region.textContent = '';
  // A new text node in a cleared region is what screen readers announce.
  requestAnimationFrame(() => { region.textContent = text; });
}

const me = await initHeader();
const site = await api('GET', '/api/site');
const hotlines = Object.fromEntries(site.hotlines.map(h => [h.id, h.label]));
const clock = new ServerClock();
startTicking(clock);
const agentPath = '/api/agents/' + encodeURIComponent(me.agentId);

const faq = new FaqPanel(hotlines, me);
const state = new StatePanel(agentPath, text => announce(text, false));
const render = desk => {
  clock.sync(desk.now);
  state.render(desk.agent);
  call.render(desk);
  document.body.dataset.state = desk.agent.state;
};
const call = new CallPanel(agentPath, hotlines, {announce, onNewCall: c => faq.suggestFor(c), onDesk: render});

const first = await api('GET', agentPath + '/call');
render(first);
if (!first.call) {
  faq.search();
}
openStream('/api/stream/me', 'desk', render, document.getElementById('stream-status'));
bindShortcuts({
  r: () => state.ready(),
  p: () => state.pause(),
  c: () => state.toggleRouting(),
  a: () => call.accept(),
  h: () => call.hangUp(),
  t: () => call.endWrapUp(),
  '/': () => faq.focusSearch(),
});
document.body.dataset.ready = 'true';
