// A pushed stream of snapshots (Server-Sent Events), never polled: EventSource reconnects by
// itself after a network error (the server says "retry: 3000"); when the server refused the
// stream (expired session: 401), the session check sends the browser to the login page, and any
// other refusal is retried a little later. The status line says whether the page is live.
import { currentUser } from '/assets/numvert-session.js';

const RETRY_MILLIS = 5000;

export function openStream(url, eventName, onSnapshot, statusNode) {
  const status = (text, live) => {
    if (statusNode) {
      statusNode.textContent = text;
      statusNode.classList.toggle('offline', !live);
    }
  };
  const connect = () => {
    const source = new EventSource(url, {withCredentials: true});
    source.addEventListener('open', () => status('En direct', true));
    source.addEventListener('error', () => {
      status('Reconnexion…', false);
      if (source.readyState === EventSource.CLOSED) {
        currentUser(true).finally(() => setTimeout(connect, RETRY_MILLIS));
      }
    });
    source.addEventListener(eventName, event => {
      status('En direct', true);
      onSnapshot(JSON.parse(event.data));
    });
  };
  connect();
}
