// FAQ analytics for supervisors: the most frequent searches, the searches that found nothing and
// the articles agents rated unhelpful, the agents' proposed changes to review and their remarks.
// Every text is written with textContent.
import { api, element } from '/assets/numvert-session.js';
import { initHeader } from '/assets/page-header.js';
import { ProposalReview } from '/assets/faq-review.js';

const $ = id => document.getElementById(id);

function rows(body, items, cells) {
  body.replaceChildren(...(items.length ? items.map(item => {
    const tr = element('tr');
    cells(item).forEach(([text, numeric]) => tr.append(element('td', text, numeric ? {class: 'count'} : {})));
    return tr;
  }) : [emptyRow(cells({}).length)]));
}

function emptyRow(columns) {
  const tr = element('tr');
  tr.append(element('td', 'Rien pour le moment.', {colspan: String(columns)}));
  return tr;
}

const me = await initHeader();
const supervisor = me.role !== 'agent';
try {
  if (supervisor) {
    const [top, empty, unhelpful] = await Promise.all([
      api('GET', '/api/faq/analytics/top-searches'),
      api('GET', '/api/faq/analytics/empty-searches'),
      api('GET', '/api/faq/analytics/unhelpful')]);
    $('analytics-period').textContent = `Recherches des ${top.days} derniers jours, avis des ${unhelpful.days} derniers jours.`;
    rows($('top-searches'), top.searches, s => [[s.query], [s.count, true]]);
    rows($('empty-searches'), empty.searches, s => [[s.query], [s.count, true]]);
    rows($('unhelpful-articles'), unhelpful.articles, a => [[a.title], [a.unhelpful, true], [a.helpful, true]]);
  } else {
    // a FAQ editor who is not a supervisor: the agents' remarks only (the searches are the supervisors')
    document.querySelectorAll('.supervisors-only').forEach(section => section.remove());
  }
  await new ProposalReview(me.canEditFaq).load();
  const comments = await api('GET', '/api/faq/analytics/comments');
  if (!supervisor) {
    $('analytics-period').textContent = `Remarques des ${comments.days} derniers jours.`;
  }
  rows($('feedback-comments'), comments.comments, c => [[c.title], [c.comment], [c.givenBy],
    [c.givenAt ? new Date(c.givenAt).toLocaleString('fr-FR', {dateStyle: 'short', timeStyle: 'short'}) : '']]);
} catch (error) {
  $('analytics-status').textContent = error.status === 404 ? 'L\'analyse de la FAQ n\'est pas encore disponible.'
    : 'Chargement impossible : ' + error.message;
  $('analytics-status').hidden = false;
}
document.body.dataset.ready = 'true';
