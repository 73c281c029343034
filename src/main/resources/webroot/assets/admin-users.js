// Administration of users: list, create, edit, reset a password, disable/enable, revoke tokens.
import { api, element, fillCsrfFields, formatDate } from '/assets/numvert-session.js';

const ROLES = {agent: 'Agent', supervisor: 'Superviseur', admin: 'Administrateur'};
const field = id => document.getElementById(id);
let editing = null;

function say(text, kind) {
  const message = field('message');
  message.textContent = text;
  message.className = 'message' + (kind ? ' ' + kind : '');
  message.hidden = false;
}

function button(text, label, onClick, kind = 'secondary') {
  const node = element('button', text, {type: 'button', class: kind, 'aria-label': label});
  node.addEventListener('click', () => onClick().catch(error => say('Refusé : ' + error.message, 'error')));
  return node;
}

function actionsFor(user) {
  const cell = element('td');
  cell.append(
    button('Modifier', 'Modifier ' + user.login, async () => edit(user)),
    button('Mot de passe', 'Nouveau mot de passe pour ' + user.login, async () => {
      const password = prompt('Nouveau mot de passe pour ' + user.login + ' (12 caractères au moins) :');
      if (password) {
        await api('POST', '/api/users/' + encodeURIComponent(user.login) + '/password', {password});
        say('Mot de passe de ' + user.login + ' changé.', 'ok');
      }
    }),
    button(user.enabled ? 'Désactiver' : 'Réactiver', (user.enabled ? 'Désactiver ' : 'Réactiver ') + user.login,
      async () => {
        if (user.enabled && !confirm('Désactiver ' + user.login + ' ? Ses sessions et jetons cessent de fonctionner.')) {
          return;
        }
        await api('PUT', '/api/users/' + encodeURIComponent(user.login), {enabled: !user.enabled});
        await renderUsers();
      }, user.enabled ? 'danger' : 'secondary'),
    button('Jetons', 'Jetons de ' + user.login, async () => renderTokens(user.login)));
  return cell;
}

async function renderUsers() {
  const users = await api('GET', '/api/users');
  const body = field('users');
  body.replaceChildren();
  users.forEach(user => {
    const row = element('tr');
    row.append(element('td', user.login), element('td', user.displayName), element('td', ROLES[user.role] || user.role),
      element('td', user.organisation === 'ADOCC' ? "AD'OCC" : 'Région'), element('td', user.agentId || '—'),
      element('td', user.faqEditor ? 'oui' : 'non'), element('td', user.enabled ? 'actif' : 'désactivé'),
      actionsFor(user));
    body.append(row);
  });
}

async function renderTokens(login) {
  const tokens = await api('GET', '/api/users/' + encodeURIComponent(login) + '/tokens');
  field('tokens-owner').textContent = login;
  const body = field('tokens');
  body.replaceChildren();
  if (tokens.length === 0) {
    const row = element('tr');
    row.append(element('td', 'Aucun jeton actif.', {colspan: '4'}));
    body.append(row);
  }
  tokens.forEach(token => {
    const row = element('tr');
    const cell = element('td');
    cell.append(button('Révoquer', 'Révoquer le jeton ' + token.name, async () => {
      await api('DELETE', '/api/users/' + encodeURIComponent(login) + '/tokens/' + token.id);
      await renderTokens(login);
    }, 'danger'));
    row.append(element('td', token.name), element('td', formatDate(token.createdAt)),
      element('td', formatDate(token.lastUsedAt)), cell);
    body.append(row);
  });
  field('tokens-section').hidden = false;
}

function edit(user) {
  editing = user ? user.login : null;
  field('edit-title').textContent = user ? 'Modifier ' + user.login : 'Nouvel utilisateur';
  field('save').textContent = user ? 'Enregistrer' : 'Créer';
  field('cancel').hidden = !user;
  field('password-field').hidden = Boolean(user);
  field('f-login').value = user ? user.login : '';
  field('f-login').disabled = Boolean(user);
  field('f-name').value = user ? user.displayName : '';
  field('f-role').value = user ? user.role : 'agent';
  field('f-organisation').value = user ? user.organisation : 'REGION';
  field('f-agent').value = user && user.agentId ? user.agentId : '';
  field('f-faq').checked = Boolean(user && user.faqEditor);
  field('f-password').value = '';
  field(user ? 'f-name' : 'f-login').focus();
}

field('user-form').addEventListener('submit', async event => {
  event.preventDefault();
  const details = {
    displayName: field('f-name').value, role: field('f-role').value,
    organisation: field('f-organisation').value, faqEditor: field('f-faq').checked,
    agentId: field('f-agent').value.trim() || null,
  };
  try {
    if (editing) {
      await api('PUT', '/api/users/' + encodeURIComponent(editing), details);
      say(editing + ' enregistré.', 'ok');
    } else {
      const login = field('f-login').value.trim();
      await api('POST', '/api/users', {...details, login, password: field('f-password').value});
      say(login + ' créé.', 'ok');
    }
    edit(null);
    await renderUsers();
  } catch (error) {
    say('Refusé : ' + error.message, 'error');
  }
});
field('cancel').addEventListener('click', () => edit(null));

await fillCsrfFields(document);
await renderUsers();
