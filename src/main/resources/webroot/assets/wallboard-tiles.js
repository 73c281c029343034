// The wallboard's tiles: one per hotline (its groups combined) and one per skill group, with the
// metric definitions of the design (SL, abandon rate, ASA); a figure below its goal is in red.
import { element } from '/assets/numvert-session.js';
import { duration, percent, seconds } from '/assets/format.js';

const SUMS = ['offered', 'answered', 'answeredWithinThreshold', 'abandoned', 'shortAbandoned'];

/** Figures of several groups as one: counters added, ratios recomputed from them. */
export function combineFigures(list) {
  const total = Object.fromEntries(SUMS.map(key => [key, list.reduce((sum, f) => sum + (f[key] || 0), 0)]));
  const waited = list.reduce((sum, f) => sum + (f.asaSeconds || 0) * (f.answered || 0), 0);
  const slBase = total.answered + total.abandoned;
  const offered = total.offered - total.shortAbandoned;
  return {
    ...total,
    serviceLevel: slBase > 0 ? total.answeredWithinThreshold / slBase : null,
    abandonRate: offered > 0 ? total.abandoned / offered : null,
    asaSeconds: total.answered > 0 ? waited / total.answered : null,
  };
}

const STATE_KEYS = {READY: 'ready', RESERVED: 'reserved', ON_CALL: 'onCall', WRAP_UP: 'wrapUp', PAUSED: 'paused'};

/** A hotline's tile: its groups combined; agents counted once even when skilled in several. */
export function hotlineTile(hotline, label, groups, agents) {
  const ids = new Set(groups.map(g => g.id));
  const counts = {ready: 0, reserved: 0, onCall: 0, wrapUp: 0, paused: 0};
  agents.filter(a => Object.keys(a.skills).some(g => ids.has(g)) && STATE_KEYS[a.state])
    .forEach(a => { counts[STATE_KEYS[a.state]] += 1; });
  return {
    id: hotline, hotline, label, kind: 'hotline',
    waiting: groups.reduce((sum, g) => sum + g.waiting, 0),
    callbacksWaiting: groups.reduce((sum, g) => sum + g.callbacksWaiting, 0),
    callbacksToRetry: groups.reduce((sum, g) => sum + (g.callbacksToRetry || 0), 0),
    longestWaitSeconds: Math.max(0, ...groups.map(g => g.longestWaitSeconds)),
    estimatedWaitSeconds: null,
    serviceLevelGoal: Math.max(...groups.map(g => g.serviceLevelGoal)),
    slTargetSeconds: null,
    agents: counts,
    today: combineFigures(groups.map(g => g.today)),
    last15: combineFigures(groups.map(g => g.last15)),
  };
}

function below(ratio, goal) {
  return ratio !== null && ratio !== undefined && ratio < goal;
}

function big(value, caption, field, flagged) {
  const box = element('div', null, {class: 'figure' + (flagged ? ' below' : '')});
  const number = element('span', value, {'data-field': field});
  box.append(number, element('small', caption + (flagged ? ' (sous l\'objectif)' : '')));
  return {box, number};
}

/** One tile; serverNow lets the longest wait keep ticking until the next snapshot. */
export function tile(t, serverNow) {
  const goal = t.serviceLevelGoal;
  const node = element('article', null, {class: 'tile ' + t.kind, 'data-tile': t.kind + ':' + t.id,
    'aria-label': t.label});
  const slToday = below(t.today.serviceLevel, goal);
  const slRecent = below(t.last15.serviceLevel, goal);
  node.classList.toggle('below-goal', slToday || slRecent);
  node.append(element('h3', t.label));
  const figures = element('div', null, {class: 'figures'});
  const longest = big(duration(t.longestWaitSeconds), 'plus longue', 'longest', false);
  longest.number.classList.add('timer');
  if (t.waiting > 0) {
    longest.number.dataset.since = String(serverNow);
    longest.number.dataset.base = String(t.longestWaitSeconds);
  }
  figures.append(big(String(t.waiting), 'en attente', 'waiting', false).box, longest.box,
    big(percent(t.today.serviceLevel), 'SL jour', 'sl-today', slToday).box,
    big(percent(t.last15.serviceLevel), 'SL 15 min', 'sl-last15', slRecent).box);
  node.append(figures);
  const target = t.slTargetSeconds ? ` à ${t.slTargetSeconds} s` : '';
  const details = [`objectif ${percent(goal)}${target}`, `abandons ${percent(t.today.abandonRate)}`,
    `ASA ${seconds(t.today.asaSeconds)}`, `${t.today.offered} proposés, ${t.today.answered} répondus`];
  if (t.callbacksWaiting > 0) {
    details.push(`${t.callbacksWaiting} rappel(s) en attente`);
  }
  if (t.callbacksToRetry > 0) {
    details.push(`${t.callbacksToRetry} rappel(s) à retenter`);
  }
  if (t.estimatedWaitSeconds !== null && t.estimatedWaitSeconds !== undefined) {
    details.push(`attente estimée ${duration(t.estimatedWaitSeconds)}`);
  }
  node.append(element('p', details.join(' · '), {class: 'details', 'data-field': 'details'}));
  const a = t.agents;
  node.append(element('p', `Prêts ${a.ready} · en appel ${a.onCall + (a.reserved || 0)} · post-appel ${a.wrapUp}`
    + ` · en pause ${a.paused}`, {class: 'agents', 'data-field': 'agents'}));
  return node;
}

/** Every tile of a snapshot: each hotline (with more than one group), then its groups. */
export function renderTiles(container, snapshot, hotlineLabels) {
  const byHotline = new Map();
  snapshot.groups.forEach(g => byHotline.set(g.hotline, [...(byHotline.get(g.hotline) || []), g]));
  const nodes = [];
  hotlineOrder([...byHotline.keys()], hotlineLabels).forEach(hotline => {
    const groups = byHotline.get(hotline);
    if (groups.length > 1) {
      nodes.push(tile(hotlineTile(hotline, 'Ligne ' + (hotlineLabels[hotline] || hotline), groups, snapshot.agents),
        snapshot.now));
    }
    groups.forEach(g => nodes.push(tile({...g, kind: 'group'}, snapshot.now)));
  });
  container.replaceChildren(...nodes);
}

/** The hotlines of the IVR scripts first, in their order, then any other (the crisis cell's). */
export function hotlineOrder(hotlines, hotlineLabels) {
  const known = Object.keys(hotlineLabels);
  const rank = h => (known.includes(h) ? known.indexOf(h) : known.length);
  return [...hotlines].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}
