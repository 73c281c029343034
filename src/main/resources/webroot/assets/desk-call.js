// The call on the agent's desk: what the IVR learnt about it (hotline, group, choices, topic), the
// wait, the caller's number as the server masked it, accept / hang up for desktop phones, and the
// wrap-up form. Everything is written with textContent: no call data ever becomes HTML.
import { api, element } from '/assets/numvert-session.js';
import { duration, setTimer } from '/assets/format.js';
import { keepFocus } from '/assets/shortcuts.js';

const $ = id => document.getElementById(id);

const PHASES = {RINGING: 'Appel entrant', TALKING: 'En communication', WRAP_UP: 'Post-appel'};
const OUTCOMES = {in_progress: 'en cours', answered: 'répondu', abandoned: 'raccroché en attente',
  short_abandoned: 'raccroché aussitôt', overflowed: 'débordé', callback_requested: 'rappel demandé',
  callback_made: 'rappelé', callback_failed: 'client injoignable', callback_cancelled: 'rappel annulé',
  callback_carried: 'rappel repris au redémarrage', ivr_only: 'fini dans le SVI', interrupted: 'interrompu'};
const NOTE_SHOWN = 160;

export class CallPanel {
  /**
   * @param hotlines {id: label}
   * @param events   {announce(text, urgent), onNewCall(call)}
   */
  constructor(agentPath, hotlines, events) {
    this.agentPath = agentPath;
    this.hotlines = hotlines;
    this.events = events;
    this.callId = null;
    this.wrapUpCallId = null;
    this.codedCallId = null;
    this.desk = null;
    this.history = null;
    $('btn-accept').addEventListener('click', () => this.accept());
    $('btn-hangup').addEventListener('click', () => this.hangUp());
    $('wrapup-form').addEventListener('submit', event => {
      event.preventDefault();
      this.endWrapUp();
    });
    $('wrapup-note').addEventListener('keydown', event => {
      if (event.key === 'Enter' && event.ctrlKey) {
        event.preventDefault();
        this.endWrapUp();
      }
    });
  }

  render(desk) {
    this.desk = desk;
    const call = desk.call;
    const hadCall = this.callId !== null;
    $('no-call').hidden = call !== null;
    $('call').hidden = call === null;
    if (call === null) {
      this.callId = null;
      // The engine ends wrap-up by itself after the group's wrap-up time: the form stays until the
      // agent sends it (the call is then named and coded afterwards) or the next call comes.
      $('wrapup-late').hidden = this.wrapUpCallId === null;
      if (hadCall) {
        keepFocus(this.wrapUpCallId ? $('wrapup-code') : $('btn-ready'));
      }
      return;
    }
    if (call.id !== this.callId) {
      this.callId = call.id;
      $('call-message').hidden = true;
      if (this.wrapUpCallId !== null && this.wrapUpCallId !== call.id) {
        this.hideWrapUp();
      }
      this.events.onNewCall(call);
      this.showHistory(call);
      if (call.phase === 'RINGING') {
        this.events.announce(this.incoming(call), true);
      }
    }
    this.fill(call, desk.desktopPhone);
    if (call.phase === 'WRAP_UP') {
      this.showWrapUp(call);
    }
  }

  incoming(call) {
    return `${call.callback ? 'Rappel à passer' : 'Appel entrant'} : ${this.hotlineLabel(call)}, ${call.groupLabel}`
      + (call.topic ? `, sujet ${call.topic}` : '') + `, attente ${duration(call.waitedSeconds)}.`
      + (this.desk.desktopPhone ? ' Touche A pour décrocher.' : '');
  }

  hotlineLabel(call) {
    return this.hotlines[call.hotline] || call.hotline;
  }

  fill(call, desktopPhone) {
    $('call-phase').textContent = (call.callback && call.phase === 'RINGING') ? 'Rappel à passer' : PHASES[call.phase];
    $('call-phase').className = 'phase-badge phase-' + call.phase;
    setTimer($('call-timer'), call.phaseSince);
    $('call-hotline').textContent = this.hotlineLabel(call);
    $('call-group').textContent = call.groupLabel || call.group;
    $('call-choices').textContent = call.choices.length ? call.choices.join(' › ') : '—';
    $('call-topic').textContent = call.topic || '—';
    if (call.phase === 'RINGING') {
      setTimer($('call-waited'), call.enqueuedAt);
    } else {
      setTimer($('call-waited'), null, duration(call.waitedSeconds));
    }
    $('call-caller').textContent = call.callerWithheld ? 'Numéro masqué' : call.caller;
    const previous = this.history && this.history.callId === call.id ? this.history.count : call.previousCallsToday;
    $('call-previous').textContent = previous ? `${previous} fois` : 'non';
    $('phone-actions').hidden = !desktopPhone;
    $('phone-note').hidden = desktopPhone || call.phase === 'WRAP_UP';
    $('btn-accept').hidden = call.phase !== 'RINGING';
    $('btn-hangup').hidden = call.phase !== 'TALKING';
    if (call.phase === 'TALKING') {
      keepFocus($('btn-hangup'));
    }
  }

  /**
   * The same number's earlier calls today, from the call records: when, where, how it ended, the
   * wrap-up code and the agent's note, so that the caller need not tell the story again.
   */
  async showHistory(call) {
    $('call-history').hidden = true;
    $('call-history-list').replaceChildren();
    if (!call.previousCallsToday) {
      return;
    }
    try {
      const answer = await api('GET', `/api/calls/${encodeURIComponent(call.id)}/previous`);
      if (this.callId !== call.id || !answer.calls.length) {
        return;
      }
      $('call-history-list').replaceChildren(...answer.calls.map(c => this.historyItem(c)));
      $('call-history').hidden = false;
      this.history = {callId: call.id, count: answer.calls.length};
      $('call-previous').textContent = `${answer.calls.length} fois`;
    } catch (error) {
      // the count stays on the desk; the records may not know the call yet
    }
  }

  historyItem(c) {
    const at = new Date(c.enteredAt).toLocaleTimeString('fr-FR', {hour: '2-digit', minute: '2-digit'});
    const facts = [at, this.hotlines[c.hotline] || c.hotline, OUTCOMES[c.outcome] || c.outcome, c.wrapUpCode]
      .filter(Boolean).join(' · ');
    const item = element('li', facts);
    if (c.note) {
      const note = c.note.length > NOTE_SHOWN ? c.note.slice(0, NOTE_SHOWN) + '…' : c.note;
      item.append(element('span', note, {class: 'note', title: c.note}));
    }
    return item;
  }

  showWrapUp(call) {
    const form = $('wrapup-form');
    if (this.wrapUpCallId !== call.id && this.codedCallId !== call.id) {
      this.wrapUpCallId = call.id;
      const select = $('wrapup-code');
      select.replaceChildren(element('option', '— choisir un code —', {value: ''}));
      (call.wrapUpCodes || []).forEach(code => select.append(element('option', code.label, {value: code.code})));
      select.required = (call.wrapUpCodes || []).length > 0;
      $('wrapup-note').value = '';
      $('wrapup-message').hidden = true;
      $('wrapup-late').hidden = true;
      form.hidden = false;
      keepFocus(select);
    }
  }

  hideWrapUp() {
    $('wrapup-form').hidden = true;
    this.wrapUpCallId = null;
  }

  async accept() {
    if (!this.available('btn-accept')) {
      this.events.announce('Aucun appel à décrocher.', false);
    } else if (await this.press('/call/accept')) {
      $('btn-accept').hidden = true;
      $('btn-hangup').hidden = false;
      $('btn-hangup').focus();
    }
  }

  async hangUp() {
    if (!this.available('btn-hangup')) {
      this.events.announce('Aucun appel à raccrocher.', false);
    } else {
      await this.press('/call/hangup');
    }
  }

  available(id) {
    return !$('call').hidden && !$('phone-actions').hidden && !$(id).hidden;
  }

  async press(path) {
    $('call-message').hidden = true;
    try {
      await api('POST', this.agentPath + path);
      return true;
    } catch (error) {
      $('call-message').textContent = 'Refusé : ' + error.message;
      $('call-message').hidden = false;
      return false;
    }
  }

  async endWrapUp() {
    const form = $('wrapup-form');
    if (form.hidden) {
      this.events.announce('Aucun post-appel en cours.', false);
      return;
    }
    if (!form.reportValidity()) {
      return;
    }
    const message = $('wrapup-message');
    message.hidden = true;
    try {
      const body = {code: $('wrapup-code').value || undefined, note: $('wrapup-note').value, call: this.wrapUpCallId};
      const desk = await api('POST', this.agentPath + '/wrapup', body);
      this.codedCallId = this.wrapUpCallId;
      this.hideWrapUp();
      this.events.announce('Post-appel terminé.', false);
      this.events.onDesk(desk);
      keepFocus($('btn-ready').disabled ? $('btn-pause') : $('btn-ready'));
    } catch (error) {
      message.textContent = 'Refusé : ' + error.message;
      message.hidden = false;
    }
  }
}
