// French labels and number formats shared by the live pages, and the ticking of durations.
//
// Times of the live state come from the server (epoch ms, with the server's "now" beside them): a
// ServerClock keeps the offset to this browser's clock so that "time in state" ticks locally
// between two pushed snapshots, without asking the server again.

export const STATES = {
  LOGGED_OUT: 'Déconnecté', READY: 'Prêt', RESERVED: 'Appel proposé', ON_CALL: 'En communication',
  WRAP_UP: 'Post-appel', PAUSED: 'En pause',
};

export const PAUSE_REASONS = {
  lunch: 'déjeuner', break: 'pause', training: 'formation', 'back-office': 'travail hors appel',
  'no-answer': 'appel non répondu', 'not-ready': 'pas encore prêt', supervisor: 'mise en pause par un superviseur',
  'phone-unreachable': 'téléphone injoignable',
};

export const ROLES = {agent: 'Agent', supervisor: 'Superviseur', admin: 'Administrateur'};

export function organisationLabel(organisation) {
  return organisation === 'ADOCC' ? "AD'OCC" : 'Région';
}

export function stateLabel(state) {
  return STATES[state] || state;
}

export function reasonLabel(reason) {
  return reason ? (PAUSE_REASONS[reason] || reason) : '';
}

/** 75 → "1:15", 3700 → "1:01:40"; null → "—". */
export function duration(seconds) {
  if (seconds === null || seconds === undefined || Number.isNaN(seconds)) {
    return '—';
  }
  const total = Math.max(0, Math.floor(seconds));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** 0.8123 → "81 %" (French typography: a narrow no-break space); null → "—". */
export function percent(ratio) {
  return ratio === null || ratio === undefined ? '—' : `${Math.round(ratio * 100)}\u202f%`;
}

/** Whole seconds: 12.3 → "12 s"; null → "—". */
export function seconds(value) {
  return value === null || value === undefined ? '—' : `${Math.round(value)}\u202fs`;
}

export function timeOfDay(millis) {
  return new Date(millis).toLocaleTimeString('fr-FR', {hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Paris'});
}

export class ServerClock {
  constructor() {
    this.offset = 0;
  }

  /** Takes the server's "now" of a snapshot. */
  sync(serverNow) {
    this.offset = serverNow - Date.now();
  }

  now() {
    return Date.now() + this.offset;
  }
}

/**
 * Every second, writes the time elapsed since data-since (server epoch ms) into each element under
 * root that carries it; data-base (seconds) is added first (a wait that kept growing).
 */
let ticking = null;

export function startTicking(clock, root = document) {
  ticking = clock;
  const tick = () => {
    root.querySelectorAll('[data-since]').forEach(node => {
      const since = Number(node.dataset.since);
      const base = Number(node.dataset.base || 0);
      node.textContent = duration(base + (clock.now() - since) / 1000);
    });
  };
  tick();
  return setInterval(tick, 1000);
}

/** Shows a duration that ticks from since (server epoch ms); null stops it and shows text instead. */
export function setTimer(node, since, text = '') {
  if (since === null || since === undefined) {
    delete node.dataset.since;
    node.textContent = text;
  } else {
    node.dataset.since = String(since);
    node.textContent = ticking ? duration((ticking.now() - since) / 1000) : '';
  }
}
