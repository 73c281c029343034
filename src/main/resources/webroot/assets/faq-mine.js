// The agent's own proposed changes to FAQ articles and what the FAQ editors decided, on the desk
// (« Mes propositions »). Every text is written with textContent.
import { api, element } from '/assets/numvert-session.js';

const $ = id => document.getElementById(id);

/** « en attente », « acceptée », « refusée : motif ». */
export function statusText(proposal) {
  if (proposal.status === 'REJECTED') {
    return 'refusée : ' + (proposal.decisionNote || 'sans motif');
  }
  if (proposal.status === 'ACCEPTED') {
    return proposal.decisionNote ? 'acceptée (' + proposal.decisionNote + ')' : 'acceptée';
  }
  return 'en attente';
}

export class MyProposals {
  constructor(openArticle) {
    this.openArticle = openArticle;
    $('faq-mine').addEventListener('toggle', () => {
      if ($('faq-mine').open) {
        this.refresh();
      }
    });
  }

  async refresh() {
    try {
      const mine = await api('GET', '/api/faq/proposals/mine');
      $('faq-mine').hidden = mine.proposals.length === 0;
      $('faq-mine-list').replaceChildren(...mine.proposals.map(p => this.item(p)));
    } catch (error) {
      $('faq-mine-list').replaceChildren(element('li', 'Propositions indisponibles : ' + error.message));
    }
  }

  item(proposal) {
    const li = element('li', null, {'data-status': proposal.status.toLowerCase()});
    const link = element('a', proposal.articleTitle, {href: '#'});
    link.addEventListener('click', event => {
      event.preventDefault();
      this.openArticle(proposal.articleId);
    });
    const when = new Date(proposal.proposedAt).toLocaleString('fr-FR', {dateStyle: 'short', timeStyle: 'short'});
    li.append(link, element('span', ' · ' + when + ' · ', {class: 'muted'}),
      element('strong', statusText(proposal), {class: 'proposal-status'}));
    return li;
  }
}
