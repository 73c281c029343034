// Single-key shortcuts of a page (documented on the page itself). They act only when the focus is
// not in a field, so that typing a note or a search never triggers one.

function isField(target) {
  return target instanceof HTMLElement
    && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/** keys: {"r": action, "/": action, ...}; letters match either case. */
export function bindShortcuts(keys) {
  document.addEventListener('keydown', event => {
    if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented || isField(event.target)) {
      return;
    }
    const action = keys[event.key.length === 1 ? event.key.toLowerCase() : event.key];
    if (action) {
      event.preventDefault();
      action();
    }
  });
}

/** If the focus was lost (its element hidden or removed), gives it to fallback. */
export function keepFocus(fallback) {
  const active = document.activeElement;
  if (!active || active === document.body || active.offsetParent === null) {
    fallback.focus();
  }
}
