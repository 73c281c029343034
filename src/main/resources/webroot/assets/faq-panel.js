// The FAQ panel of the agent desktop: search as you type (debounced; a late answer never replaces
// a newer one), filters by hotline and category (categories from the search facets), articles
// suggested for the current call's IVR topic before the agent types, and the article view.
import { api, element } from '/assets/numvert-session.js';
import { snippet } from '/assets/faq-html.js';
import { ArticleView } from '/assets/faq-article.js';

const $ = id => document.getElementById(id);
const TYPING_PAUSE_MILLIS = 250;
const LIMIT = 10;

export class FaqPanel {
  constructor(hotlines, me) {
    this.hotlines = hotlines;
    this.sequence = 0;
    this.context = null;
    this.timer = null;
    this.article = new ArticleView(me, hotlines, () => this.showList());
    Object.entries(hotlines).forEach(([id, label]) => $('faq-hotline').append(element('option', label, {value: id})));
    $('faq-form').addEventListener('submit', event => {
      event.preventDefault();
      this.search();
    });
    $('faq-q').addEventListener('input', () => this.typed());
    $('faq-q').addEventListener('keydown', event => {
      if (event.key === 'Escape') {
        event.target.blur();
      }
    });
    $('faq-hotline').addEventListener('change', () => this.search());
    $('faq-category').addEventListener('change', () => this.search());
    $('faq-panel').addEventListener('keydown', event => {
      if (event.key === 'Escape' && !$('faq-article').hidden) {
        this.showList();
      }
    });
  }

  focusSearch() {
    this.showList();
    $('faq-q').focus();
    $('faq-q').select();
  }

  /** A new call: with nothing typed, the articles of its topic are shown. */
  suggestFor(call) {
    this.context = call;
    if ($('faq-q').value.trim() === '') {
      if (call.hotline && $('faq-hotline').querySelector(`option[value="${CSS.escape(call.hotline)}"]`)) {
        $('faq-hotline').value = call.hotline;
      }
      this.search();
    }
  }

  typed() {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.search();
      this.suggestWords();
    }, TYPING_PAUSE_MILLIS);
  }

  /**
   * The list: the articles found for the words typed, or (nothing typed, a call on the desk) the
   * articles of the call's hotline for its IVR topic, or the latest articles.
   */
  async search() {
    const sequence = ++this.sequence;
    const typed = $('faq-q').value.trim();
    const topic = typed === '' && this.context && this.context.topic ? this.context.topic : '';
    try {
      const result = await api('GET', topic ? this.contextQuery(topic) : this.searchQuery(typed));
      if (sequence === this.sequence) {
        this.showList();
        this.render(result, typed, topic);
      }
    } catch (error) {
      if (sequence === this.sequence) {
        $('faq-status').textContent = error.status === 404 ? 'La FAQ n\'est pas disponible.' : 'Recherche impossible : ' + error.message;
        $('faq-results').replaceChildren();
      }
    }
  }

  searchQuery(typed) {
    const params = new URLSearchParams({q: typed, limit: String(LIMIT)});
    ['hotline', 'category'].forEach(name => {
      const value = $('faq-' + name).value;
      if (value) {
        params.set(name, value);
      }
    });
    return '/api/faq/search?' + params;
  }

  contextQuery(topic) {
    const params = new URLSearchParams({topic, limit: String(LIMIT)});
    if (this.context.hotline) {
      params.set('hotline', this.context.hotline);
    }
    return '/api/faq/context?' + params;
  }

  render(result, typed, topic) {
    $('faq-list-title').textContent = typed ? 'Résultats'
      : topic ? `Suggestions pour cet appel (sujet : ${topic})` : 'Articles récents';
    const hits = result.hits || [];
    $('faq-status').textContent = hits.length === 0 ? 'Aucun article ne correspond.'
      : `${result.total} article${result.total > 1 ? 's' : ''}` + (typed ? ` pour « ${typed} »` : '');
    $('faq-results').replaceChildren(...hits.map(hit => this.hitItem(hit, typed)));
    this.categories(result.facets && result.facets.category);
  }

  /** A hit; {@code typed}, the search that found it, goes with the agent's verdict on it. */
  hitItem(hit, typed) {
    const item = element('li');
    const link = element('a', hit.title, {href: '#article-' + hit.id, 'data-article': hit.id});
    link.addEventListener('click', event => {
      event.preventDefault();
      this.article.open(hit.id, typed);
    });
    const text = element('p', null, {class: 'snippet'});
    text.append(snippet(hit.snippet));
    item.append(link, text, element('p', this.article.describe(hit), {class: 'muted meta'}));
    return item;
  }

  /** The category filter lists the categories of the current results (and keeps the chosen one). */
  categories(facet) {
    if (!facet) {
      return;
    }
    const select = $('faq-category');
    const chosen = select.value;
    const counts = Array.isArray(facet) ? Object.fromEntries(facet.map(f => [f.value || f.name, f.count])) : facet;
    const options = Object.entries(counts).sort(([a], [b]) => a.localeCompare(b, 'fr'))
      .map(([name, count]) => element('option', `${name} (${count})`, {value: name}));
    select.replaceChildren(element('option', 'Toutes', {value: ''}), ...options);
    if (chosen && !counts[chosen]) {
      select.append(element('option', chosen, {value: chosen}));
    }
    select.value = chosen;
  }

  async suggestWords() {
    const typed = $('faq-q').value.trim();
    if (typed.length < 2) {
      return;
    }
    try {
      const answer = await api('GET', '/api/faq/suggest?' + new URLSearchParams({q: typed}));
      const words = (Array.isArray(answer) ? answer : answer.suggestions || [])
        .map(s => (typeof s === 'string' ? s : s.text || s.title)).filter(Boolean);
      $('faq-suggestions').replaceChildren(...words.slice(0, 8).map(word => element('option', null, {value: word})));
    } catch (error) {
      $('faq-suggestions').replaceChildren();
    }
  }

  showList() {
    $('faq-article').hidden = true;
    $('faq-list').hidden = false;
  }
}
