// The signed-in user's session, for every page: who am I, and fetch() that sends the CSRF token.
//
//   import { currentUser, api, fillCsrfFields } from '/assets/numvert-session.js';
//   const me = await currentUser();          // GET /api/me (login, role, organisation, csrfToken ...)
//   await api('POST', '/api/me/tokens', {name: 'export'});   // X-CSRF-Token header added
//   fillCsrfFields(document);                // sets every <input name="_csrf"> (logout form)
//
// An expired session sends the browser to the login page, then back here.

let me = null;

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

function toLogin() {
  location.assign('/login?next=' + encodeURIComponent(location.pathname + location.search));
}

export async function currentUser(refresh = false) {
  if (me === null || refresh) {
    const response = await fetch('/api/me', {headers: {Accept: 'application/json'}, credentials: 'same-origin'});
    if (response.status === 401) {
      toLogin();
      throw new ApiError(401, 'authentication required');
    }
    me = await response.json();
  }
  return me;
}

export async function api(method, path, body) {
  const user = await currentUser();
  const headers = {Accept: 'application/json'};
  if (method !== 'GET' && method !== 'HEAD') {
    headers['X-CSRF-Token'] = user.csrfToken;
  }
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  const response = await fetch(path, {
    method, headers, credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status === 401) {
    toLogin();
  }
  const data = response.status === 204 ? null : await response.json().catch(() => null);
  if (!response.ok) {
    throw new ApiError(response.status, (data && data.error) || response.statusText);
  }
  return data;
}

export async function fillCsrfFields(root) {
  const user = await currentUser();
  root.querySelectorAll('input[name="_csrf"]').forEach(input => { input.value = user.csrfToken; });
}

/** A text node inside a new element: never innerHTML with data. */
export function element(tag, text, attributes = {}) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) {
    node.textContent = String(text);
  }
  Object.entries(attributes).forEach(([name, value]) => node.setAttribute(name, value));
  return node;
}

export function formatDate(iso) {
  return iso ? new Date(iso).toLocaleString('fr-FR') : '—';
}
