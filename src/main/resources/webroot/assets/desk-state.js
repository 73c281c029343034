// The agent's routing state on the desktop: ready, pause with a reason, log in/out of the routing.
import { api } from '/assets/numvert-session.js';
import { reasonLabel, setTimer, stateLabel } from '/assets/format.js';

const $ = id => document.getElementById(id);

export class StatePanel {
  constructor(agentPath, announce) {
    this.agentPath = agentPath;
    this.announce = announce;
    this.state = null;
    $('btn-ready').addEventListener('click', () => this.ready());
    $('btn-pause').addEventListener('click', () => this.pause());
    $('btn-routing').addEventListener('click', () => this.toggleRouting());
  }

  render(agent) {
    this.state = agent;
    const badge = $('state-name');
    badge.textContent = stateLabel(agent.state);
    badge.className = 'state-badge state-' + agent.state;
    setTimer($('state-time'), agent.since);
    const details = [];
    if (agent.state === 'PAUSED' && agent.reason) {
      details.push('Motif : ' + reasonLabel(agent.reason));
    }
    if (agent.afterCall) {
      details.push('Après l\'appel : ' + (agent.afterCall === 'PAUSED' ? 'pause' : 'déconnexion du routage'));
    }
    $('state-detail').textContent = details.join(' · ');
    $('state-detail').hidden = details.length === 0;
    const loggedOut = agent.state === 'LOGGED_OUT';
    const focused = document.activeElement === $('btn-ready');
    $('btn-ready').disabled = !(loggedOut || agent.state === 'PAUSED' || (agent.state === 'ON_CALL' && agent.afterCall));
    if (focused && $('btn-ready').disabled) {
      $('btn-pause').focus();
    }
    $('btn-routing').replaceChildren(loggedOut ? 'Se connecter au routage ' : 'Se déconnecter du routage ', kbd('C'));
  }

  ready() {
    return this.change({state: 'READY'}, 'Vous êtes prêt.');
  }

  pause() {
    const reason = $('pause-reason').value;
    return this.change({state: 'PAUSED', reason}, 'Pause : ' + reasonLabel(reason) + '.');
  }

  toggleRouting() {
    if (this.state && this.state.state === 'LOGGED_OUT') {
      return this.change({state: 'PAUSED', reason: 'not-ready'}, 'Connecté au routage, pas encore prêt.');
    }
    return this.change({state: 'LOGGED_OUT'}, 'Déconnecté du routage.');
  }

  async change(body, spoken) {
    const message = $('state-message');
    message.hidden = true;
    try {
      const agent = await api('POST', this.agentPath + '/state', body);
      this.render(agent);
      this.announce(body.state === 'READY' && agent.reason === 'phone-unreachable'
        ? 'Téléphone injoignable : vous redevenez prêt dès qu\'il est de nouveau joignable.' : spoken);
    } catch (error) {
      message.textContent = 'Refusé : ' + error.message;
      message.hidden = false;
    }
  }
}

function kbd(text) {
  const node = document.createElement('kbd');
  node.textContent = text;
  return node;
}
