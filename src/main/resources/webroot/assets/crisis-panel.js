// Crisis mode on the wallboard: the switches on, and switching a hotline (or all of them) to a
// recorded crisis message, then the usual flow, a skill group or another hotline, until an expiry.
// Both switching on and off go through a confirmation step.
import { api, element } from '/assets/numvert-session.js';
import { confirmAction } from '/assets/confirm-dialog.js';

const $ = id => document.getElementById(id);
const ALL = '*';

export class CrisisPanel {
  constructor(me, announce) {
    this.me = me;
    this.announce = announce;
    this.state = null;
    this.overseen = null;
    $('crisis-form').addEventListener('submit', event => {
      event.preventDefault();
      this.switchOn();
    });
    $('crisis-routing').addEventListener('change', () => this.targets());
    $('crisis-message').addEventListener('change', () => this.messageText());
  }

  /** Region supervisors and admins switch every hotline and all at once; AD'OCC the hotlines it staffs. */
  get everywhere() {
    return this.me.role === 'admin' || this.me.organisation === 'REGION';
  }

  /** The hotlines of the groups this supervisor oversees (from the wallboard's snapshots). */
  limitTo(hotlines) {
    const key = [...hotlines].sort().join();
    if (!this.everywhere && key !== this.overseenKey) {
      this.overseenKey = key;
      this.overseen = hotlines;
      if (this.state) {
        this.scopes();
      }
    }
  }

  scopes() {
    const hotlines = this.state.hotlines.filter(h => this.everywhere || (this.overseen && this.overseen.has(h.id)));
    const options = hotlines.map(h => element('option', h.label, {value: h.id}));
    if (this.everywhere) {
      options.unshift(element('option', 'Toutes les lignes', {value: ALL}));
    }
    keepChoice($('crisis-scope'), options);
  }

  async load() {
    this.state = await api('GET', '/api/crisis');
    const s = this.state;
    this.scopes();
    keepChoice($('crisis-message'), s.messages.map(m => element('option', m.name, {value: m.name})));
    this.messageText();
    this.targets();
    this.renderActive();
  }

  scopeLabel(scope) {
    if (scope === ALL) {
      return 'toutes les lignes';
    }
    const hotline = this.state.hotlines.find(h => h.id === scope);
    return 'la ligne ' + (hotline ? hotline.label : scope);
  }

  messageText() {
    const message = this.state.messages.find(m => m.name === $('crisis-message').value);
    $('crisis-message-text').textContent = message ? `« ${message.text} »` : '';
  }

  targets() {
    const type = $('crisis-routing').value;
    const select = $('crisis-target');
    const options = type === 'GROUP' ? this.state.groups.map(g => element('option', g, {value: g}))
      : type === 'HOTLINE' ? this.state.hotlines.map(h => element('option', h.label, {value: h.id})) : [];
    keepChoice(select, options);
    select.disabled = type === 'NORMAL';
  }

  routingText(routing) {
    if (routing.type === 'GROUP') {
      return 'puis le groupe ' + routing.target;
    }
    return routing.type === 'HOTLINE' ? 'puis ' + this.scopeLabel(routing.target) : 'puis le parcours habituel';
  }

  renderActive() {
    const items = this.state.active.map(s => {
      const item = element('li', null, {'data-scope': s.scope});
      const until = new Date(s.expiresAt).toLocaleString('fr-FR', {dateStyle: 'short', timeStyle: 'short'});
      item.append(element('strong', 'Mode crise pour ' + this.scopeLabel(s.scope)),
        element('p', `Message « ${s.message.name} », ${this.routingText(s.routing)} ; jusqu'au ${until}`
          + ` ; activé par ${s.switchedOnBy}` + (s.reason ? ` (${s.reason})` : '') + '.'));
      const off = element('button', 'Désactiver…', {type: 'button', class: 'secondary small',
        'aria-label': 'Désactiver le mode crise pour ' + this.scopeLabel(s.scope)});
      off.addEventListener('click', () => this.switchOff(s));
      item.append(off);
      return item;
    });
    $('crisis-active').replaceChildren(...items);
    $('crisis-none').hidden = items.length > 0;
  }

  request() {
    const routingType = $('crisis-routing').value;
    const body = {scope: $('crisis-scope').value, message: $('crisis-message').value, reason: $('crisis-reason').value,
      routing: routingType === 'NORMAL' ? 'NORMAL' : {type: routingType, target: $('crisis-target').value}};
    const until = $('crisis-until').value;
    if (until) {
      body.expiresAt = new Date(until).toISOString();
    } else {
      body.durationMinutes = Number($('crisis-duration').value);
    }
    return body;
  }

  async switchOn() {
    const body = this.request();
    const until = body.expiresAt ? 'jusqu\'au ' + new Date(body.expiresAt).toLocaleString('fr-FR')
      : `pendant ${body.durationMinutes} minutes`;
    const routing = body.routing === 'NORMAL' ? {type: 'NORMAL'} : body.routing;
    const confirmed = await confirmAction('Activer le mode crise ?', [
      `Tous les appels de ${this.scopeLabel(body.scope)} entendront le message « ${body.message} », `
        + `${this.routingText(routing)}, ${until}.`,
      'Les appels en cours ne sont pas touchés.'], 'Activer le mode crise');
    if (confirmed) {
      await this.act(() => api('POST', '/api/crisis', body), `Mode crise activé pour ${this.scopeLabel(body.scope)}.`);
    }
  }

  async switchOff(active) {
    const confirmed = await confirmAction('Désactiver le mode crise ?',
      [`Les appels de ${this.scopeLabel(active.scope)} reprendront leur parcours habituel.`], 'Désactiver');
    if (confirmed) {
      const scope = active.scope === ALL ? 'all' : active.scope;
      await this.act(() => api('DELETE', '/api/crisis/' + encodeURIComponent(scope)),
        `Mode crise désactivé pour ${this.scopeLabel(active.scope)}.`);
    }
  }

  async act(request, done) {
    const status = $('crisis-status');
    try {
      await request();
      status.textContent = done;
      status.className = 'message ok';
      this.announce(done);
    } catch (error) {
      status.textContent = 'Refusé : ' + error.message;
      status.className = 'message error';
    }
    status.hidden = false;
    await this.load();
  }
}

function keepChoice(select, options) {
  const chosen = select.value;
  select.replaceChildren(...options);
  if (options.some(o => o.value === chosen)) {
    select.value = chosen;
  }
}
