// « Propositions à traiter » on the FAQ analytics page: each open proposal of an agent with the
// article's current text beside the proposed one (a line diff of the Markdown, and a preview of
// the proposed text as the server sanitised it), and, for FAQ editors, Accepter / Refuser.
// Texts are written with textContent; the only HTML is the server's sanitised preview.
import { api, element } from '/assets/numvert-session.js';
import { showArticleBody } from '/assets/faq-html.js';

const $ = id => document.getElementById(id);
const MAX_DIFF_CELLS = 400_000;
const CONTEXT = 2;

/** Lines of two texts as [kind, line] with kind ' ' (both), '-' (current only), '+' (proposed only). */
export function lineDiff(before, after) {
  const a = before.split('\n');
  const b = after.split('\n');
  if (a.length * b.length > MAX_DIFF_CELLS) {
    return [...a.map(line => ['-', line]), ...b.map(line => ['+', line])];
  }
  const common = Array.from({length: a.length + 1}, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      common[i][j] = a[i] === b[j] ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
    }
  }
  const lines = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      lines.push([' ', a[i++]]);
      j++;
    } else if (i < a.length && (j === b.length || common[i + 1][j] >= common[i][j + 1])) {
      lines.push(['-', a[i++]]);
    } else {
      lines.push(['+', b[j++]]);
    }
  }
  return lines;
}

/** The changed lines with CONTEXT unchanged lines around them; longer unchanged runs are folded. */
function diffBlock(before, after) {
  const lines = lineDiff(before, after);
  const near = lines.map((_, i) => lines.slice(Math.max(0, i - CONTEXT), i + CONTEXT + 1).some(([k]) => k !== ' '));
  const pre = element('pre', null, {class: 'diff'});
  let folded = 0;
  const fold = () => {
    if (folded > 0) {
      pre.append(element('span', `… ${folded} ligne${folded > 1 ? 's' : ''} inchangée${folded > 1 ? 's' : ''}\n`,
        {class: 'muted'}));
      folded = 0;
    }
  };
  lines.forEach(([kind, line], i) => {
    if (!near[i]) {
      folded++;
      return;
    }
    fold();
    const tag = kind === '+' ? 'ins' : kind === '-' ? 'del' : 'span';
    pre.append(element(tag, kind + ' ' + line + '\n'));
  });
  fold();
  return pre;
}

function when(iso) {
  return new Date(iso).toLocaleString('fr-FR', {dateStyle: 'short', timeStyle: 'short'});
}

function texts(p) {
  const box = element('div', null, {class: 'proposal-texts'});
  if (!p.proposed) {
    box.append(element('p', 'L\'agent décrit la modification dans sa note, sans texte corrigé.', {class: 'hint'}));
    return box;
  }
  if (p.proposed.titleChanged) {
    box.append(element('p', 'Titre proposé : ', {class: 'proposal-title'}), diffBlock(p.current.title, p.proposed.title));
  }
  if (p.proposed.bodyChanged) {
    box.append(element('p', 'Texte (en vert ce qui est ajouté, en rouge ce qui est retiré) :'),
      diffBlock(p.current.body, p.proposed.body));
    const preview = element('details');
    const body = element('div', null, {class: 'article-body'});
    showArticleBody(body, p.proposed.html);
    preview.append(element('summary', 'Aperçu du texte proposé'), body);
    box.append(preview);
  }
  return box;
}

export class ProposalReview {
  constructor(canDecide) {
    this.canDecide = canDecide;
  }

  async load() {
    const open = await api('GET', '/api/faq/proposals?status=OPEN');
    $('proposals-list').replaceChildren(...(open.proposals.length
      ? open.proposals.map(p => this.card(p)) : [element('p', 'Aucune proposition en attente.', {class: 'muted'})]));
    return open.proposals.length;
  }

  card(p) {
    const card = element('article', null, {class: 'proposal', 'data-id': String(p.id)});
    card.append(element('h3', p.articleTitle),
      element('p', `Proposé par ${p.proposedBy} le ${when(p.proposedAt)}`, {class: 'muted'}),
      element('blockquote', p.note, {class: 'proposal-note'}));
    if (p.changedSince) {
      card.append(element('p', `L'article a changé depuis la proposition (révision ${p.baseRevision}, aujourd'hui `
        + `${p.currentRevision}) : vérifiez le texte avant d'accepter.`, {class: 'message error'}));
    }
    card.append(texts(p));
    if (this.canDecide) {
      card.append(this.decisionForm(p, card));
    }
    return card;
  }

  decisionForm(p, card) {
    const form = element('form', null, {class: 'proposal-decision'});
    const rework = element('details');
    const title = element('input', null, {type: 'text', maxlength: '500', 'aria-label': 'Titre retenu'});
    const body = element('textarea', null, {rows: '8', 'aria-label': 'Texte retenu (Markdown)'});
    title.value = p.proposed ? p.proposed.title : p.current.title;
    body.value = p.proposed ? p.proposed.body : p.current.body;
    rework.append(element('summary', 'Retoucher le texte avant d\'accepter'), title, body);
    const note = element('input', null, {type: 'text', maxlength: '1000', class: 'decision-note',
      'aria-label': 'Mot pour l\'agent (le motif, pour un refus)', placeholder: 'Mot pour l\'agent (motif obligatoire pour refuser)'});
    const accept = element('button', 'Accepter', {type: 'button', class: 'accept'});
    const reject = element('button', 'Refuser', {type: 'button', class: 'secondary reject'});
    const message = element('p', null, {class: 'message', role: 'status', hidden: ''});
    accept.addEventListener('click', () => this.decide(card, message, 'accept', {title: title.value,
      body: body.value, note: note.value, revision: p.currentRevision}));
    reject.addEventListener('click', () => {
      if (!note.value.trim()) {
        this.show(message, 'Indiquez le motif du refus : l\'agent le lira.', false);
        note.focus();
        return;
      }
      this.decide(card, message, 'reject', {reason: note.value});
    });
    form.addEventListener('submit', event => event.preventDefault());
    form.append(rework, note, accept, reject, message);
    return form;
  }

  async decide(card, message, action, body) {
    try {
      const decided = await api('POST', `/api/faq/proposals/${card.dataset.id}/${action}`, body);
      card.replaceChildren(element('h3', decided.articleTitle), element('p', decided.status === 'ACCEPTED'
        ? `Proposition acceptée : l'article est à la révision ${decided.resultRevision}, tous les agents la voient.`
        : 'Proposition refusée : l\'agent voit le motif.', {class: 'message ok', role: 'status'}));
    } catch (error) {
      this.show(message, 'Refusé : ' + error.message, false);
    }
  }

  show(message, text, ok) {
    message.textContent = text;
    message.className = 'message ' + (ok ? 'ok' : 'error');
    message.hidden = false;
  }
}
