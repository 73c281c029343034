// The header common to the live pages: who is signed in (name, role, organisation), the links
// this role may follow, and the logout form's CSRF token. The server refuses pages and APIs to the
// wrong role anyway: hiding a link here is only tidiness.
import { currentUser, element, fillCsrfFields } from '/assets/numvert-session.js';
import { ROLES, organisationLabel } from '/assets/format.js';

const LINKS = [
  {href: '/poste', text: 'Poste agent', when: me => Boolean(me.agentId)},
  {href: '/wallboard', text: 'Tableau mural', when: me => me.role !== 'agent'},
  {href: '/reports', text: 'Rapports', when: me => me.role !== 'agent'},
  {href: '/faq/analytics', text: 'Analyse FAQ', when: me => me.role !== 'agent' || me.canEditFaq},
  {href: '/account', text: 'Mon compte', when: () => true},
  {href: '/admin/users', text: 'Utilisateurs', when: me => me.role === 'admin'},
];

export async function initHeader() {
  const me = await currentUser();
  await fillCsrfFields(document);
  const nav = document.getElementById('main-nav');
  LINKS.filter(link => link.when(me)).forEach(link => {
    const anchor = element('a', link.text, {href: link.href});
    if (link.href === location.pathname) {
      anchor.setAttribute('aria-current', 'page');
    }
    nav.append(anchor);
  });
  document.getElementById('who').textContent =
    `${me.displayName || me.login} · ${ROLES[me.role] || me.role} · ${organisationLabel(me.organisation)}`;
  return me;
}
