// "Mon compte": identity, password change, personal API tokens.
import { api, currentUser, element, fillCsrfFields, formatDate } from '/assets/numvert-session.js';

const ROLES = {agent: 'Agent', supervisor: 'Superviseur', admin: 'Administrateur'};

function show(node, text, kind) {
  node.textContent = text;
  node.className = 'message' + (kind ? ' ' + kind : '');
  node.hidden = false;
}

async function renderWho() {
  const me = await currentUser();
  const who = document.getElementById('who');
  who.replaceChildren();
  [['Identifiant', me.login], ['Nom', me.displayName], ['Rôle', ROLES[me.role] || me.role],
    ['Organisation', me.organisation === 'ADOCC' ? "AD'OCC" : 'Région'],
    ['Agent de routage', me.agentId || '—'], ['Rédaction FAQ', me.canEditFaq ? 'oui' : 'non']]
    .forEach(([term, value]) => {
      const item = element('div');
      item.append(element('dt', term), element('dd', value));
      who.append(item);
    });
  document.getElementById('admin-link').hidden = me.role !== 'admin';
  document.getElementById('password-username').value = me.login;
}

async function renderTokens() {
  const tokens = await api('GET', '/api/me/tokens');
  const body = document.getElementById('tokens');
  body.replaceChildren();
  if (tokens.length === 0) {
    const row = element('tr');
    row.append(element('td', 'Aucun jeton.', {colspan: '4'}));
    body.append(row);
  }
  tokens.forEach(token => {
    const row = element('tr');
    const revoke = element('button', 'Révoquer', {type: 'button', class: 'danger',
      'aria-label': 'Révoquer le jeton ' + token.name});
    revoke.addEventListener('click', async () => {
      if (!confirm('Révoquer le jeton « ' + token.name + ' » ?')) {
        return;
      }
      await api('DELETE', '/api/me/tokens/' + token.id);
      await renderTokens();
    });
    const action = element('td');
    action.append(revoke);
    row.append(element('td', token.name), element('td', formatDate(token.createdAt)),
      element('td', formatDate(token.lastUsedAt)), action);
    body.append(row);
  });
}

document.getElementById('password-form').addEventListener('submit', async event => {
  event.preventDefault();
  const message = document.getElementById('password-message');
  try {
    await api('POST', '/api/me/password', {
      currentPassword: document.getElementById('current-password').value,
      newPassword: document.getElementById('new-password').value,
    });
    event.target.reset();
    await currentUser(true);
    await fillCsrfFields(document);
    show(message, 'Mot de passe changé. Vos autres sessions sont fermées.', 'ok');
  } catch (error) {
    show(message, 'Refusé : ' + error.message, 'error');
  }
});

document.getElementById('token-form').addEventListener('submit', async event => {
  event.preventDefault();
  const message = document.getElementById('token-message');
  message.hidden = true;
  try {
    const created = await api('POST', '/api/me/tokens', {name: document.getElementById('token-name').value});
    document.getElementById('new-token-value').textContent = created.token;
    document.getElementById('new-token').hidden = false;
    event.target.reset();
    await renderTokens();
  } catch (error) {
    show(message, 'Refusé : ' + error.message, 'error');
  }
});

await fillCsrfFields(document);
await renderWho();
await renderTokens();
