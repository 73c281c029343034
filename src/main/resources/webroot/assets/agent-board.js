// The agent board of the wallboard: each agent's state, time in state, groups and organisation,
// with the supervisor's actions. Rows are kept and updated in place at every snapshot, so that a
// button keeps the keyboard focus while the figures change around it.
import { api, element } from '/assets/numvert-session.js';
import { organisationLabel, reasonLabel, setTimer, stateLabel } from '/assets/format.js';

const MODES = [['LISTEN', 'Écouter'], ['WHISPER', 'Chuchoter'], ['BARGE', 'Intervenir']];

export class AgentBoard {
  /**
   * @param supervision {available, reason} from GET /api/site
   * @param events      {announce(text), editSkills(agent)}
   */
  constructor(body, supervision, events) {
    this.body = body;
    this.supervision = supervision;
    this.events = events;
    this.rows = new Map();
    this.order = '';
    const note = document.getElementById('supervision-note');
    if (!supervision.available) {
      note.textContent = supervision.reason;
      note.hidden = false;
    }
  }

  render(agents) {
    const sorted = [...agents].sort((a, b) => a.name.localeCompare(b.name, 'fr') || a.id.localeCompare(b.id));
    const order = sorted.map(a => a.id).join('\n');
    sorted.forEach(agent => this.update(this.rows.get(agent.id) || this.create(agent), agent));
    if (order !== this.order) {
      this.order = order;
      const keep = new Set(sorted.map(a => a.id));
      [...this.rows.keys()].filter(id => !keep.has(id)).forEach(id => {
        this.rows.get(id).tr.remove();
        this.rows.delete(id);
      });
      this.body.append(...sorted.map(a => this.rows.get(a.id).tr));
    }
  }

  create(agent) {
    const tr = element('tr', null, {'data-agent': agent.id});
    const cells = {name: element('th', null, {scope: 'row'}), organisation: element('td'), state: element('td'),
      since: element('td', null, {class: 'timer'}), groups: element('td', null, {class: 'groups'}), actions: element('td')};
    const buttons = {
      pause: this.button('Forcer la pause', `Forcer la pause de ${agent.name}`, () => this.setState(agent, 'PAUSED')),
      logout: this.button('Déconnecter', `Déconnecter ${agent.name} du routage`, () => this.setState(agent, 'LOGGED_OUT')),
      skills: this.button('Groupes…', `Changer les groupes de ${agent.name}`, () => this.events.editSkills(this.agent(agent.id))),
    };
    cells.actions.append(buttons.pause, buttons.logout, buttons.skills);
    MODES.forEach(([mode, label]) => {
      buttons[mode] = this.button(label, `${label} l'appel de ${agent.name}`, () => this.supervise(agent, mode, label));
      if (!this.supervision.available) {
        buttons[mode].setAttribute('aria-describedby', 'supervision-note');
        buttons[mode].title = this.supervision.reason;
      }
      cells.actions.append(buttons[mode]);
    });
    tr.append(...Object.values(cells));
    const row = {tr, cells, buttons, agent};
    this.rows.set(agent.id, row);
    return row;
  }

  button(text, label, action) {
    const node = element('button', text, {type: 'button', class: 'secondary small', 'aria-label': label});
    node.addEventListener('click', action);
    return node;
  }

  agent(id) {
    return this.rows.get(id).agent;
  }

  update(row, agent) {
    row.agent = agent;
    row.cells.name.textContent = agent.name + (agent.simulated ? ' (simulé)' : '');
    row.cells.organisation.textContent = organisationLabel(agent.organisation);
    const badge = element('span', stateLabel(agent.state), {class: 'state-badge small state-' + agent.state});
    row.cells.state.replaceChildren(badge, (agent.reason ? ` ${reasonLabel(agent.reason)}` : '')
      + (agent.call ? ` · ${agent.call.group}` : ''));
    setTimer(row.cells.since, agent.since);
    row.cells.groups.textContent = Object.entries(agent.skills).sort()
      .map(([group, level]) => `${group} ${level}`).join(', ') || '—';
    const focused = Object.values(row.buttons).find(b => b === document.activeElement);
    row.buttons.pause.disabled = agent.state === 'PAUSED' || agent.state === 'LOGGED_OUT';
    row.buttons.logout.disabled = agent.state === 'LOGGED_OUT';
    const talking = agent.state === 'ON_CALL' && agent.call;
    MODES.forEach(([mode]) => { row.buttons[mode].disabled = !this.supervision.available || !talking; });
    if (focused && focused.disabled) {
      // A disabled button loses the focus: keep it in the row.
      row.buttons.skills.focus();
    }
  }

  async setState(agent, state) {
    const body = state === 'PAUSED' ? {state, reason: 'supervisor'} : {state};
    try {
      await api('POST', `/api/agents/${encodeURIComponent(agent.id)}/state`, body);
      this.events.announce(state === 'PAUSED' ? `${agent.name} est mis en pause.` : `${agent.name} est déconnecté du routage.`);
    } catch (error) {
      this.events.announce(`Refusé pour ${agent.name} : ${error.message}`);
    }
  }

  async supervise(agent, mode, label) {
    const call = this.agent(agent.id).call;
    if (!call) {
      return;
    }
    try {
      await api('POST', `/api/calls/${encodeURIComponent(call.id)}/supervise`, {mode});
      this.events.announce(`${label} : votre téléphone va sonner.`);
    } catch (error) {
      this.events.announce(`${label} impossible : ${error.message}`);
    }
  }
}
