// HTML that comes from the FAQ API, and only that, is turned into DOM here.

/**
 * A search snippet: the server escapes the article's text and wraps matched words in <mark>
 * (safe HTML). It is still not given to innerHTML: it is parsed in an inert document (no script
 * runs, nothing loads) and only its text and <mark> elements are copied into the page.
 */
export function snippet(html) {
  const parsed = new DOMParser().parseFromString(html || '', 'text/html');
  const fragment = document.createDocumentFragment();
  const copy = (from, into) => from.childNodes.forEach(child => {
    if (child.nodeType === Node.TEXT_NODE) {
      into.append(child.textContent);
    } else if (child.nodeType === Node.ELEMENT_NODE) {
      const target = child.tagName === 'MARK' ? into.appendChild(document.createElement('mark')) : into;
      copy(child, target);
    }
  });
  copy(parsed.body, fragment);
  return fragment;
}

/**
 * An article's body, rendered from Markdown and sanitised by the server (an allow-list of tags
 * and attributes: no script, no event handler, no style, links limited to http(s) and mailto):
 * this is the one place where a page sets innerHTML, and only with that sanitised HTML. The
 * Content-Security-Policy (no inline script) is the second line of defence.
 */
export function showArticleBody(container, sanitisedHtml) {
  container.innerHTML = sanitisedHtml || '';
  container.querySelectorAll('a[href]').forEach(link => {
    link.setAttribute('rel', 'noopener noreferrer');
    link.setAttribute('target', '_blank');
  });
}
