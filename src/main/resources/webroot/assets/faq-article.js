// One FAQ article on the agent desktop: its sanitised body, "helpful?" feedback (with the search
// that found the article: the search learns the agents' words), and an edit of
// its Markdown text (FAQ editors) or a proposed change (other agents: a note saying what is wrong,
// with or without a corrected text), which the FAQ editors accept or refuse; the agent follows
// its proposals in « Mes propositions ». Editors and supervisors see the searches that led agents to
// the article and may remove one.
import { api, element } from '/assets/numvert-session.js';
import { showArticleBody } from '/assets/faq-html.js';
import { MyProposals } from '/assets/faq-mine.js';

const $ = id => document.getElementById(id);

export class ArticleView {
  constructor(me, hotlines, onBack) {
    this.me = me;
    this.hotlines = hotlines;
    this.current = null;
    this.mine = me.canEditFaq ? null : new MyProposals(id => this.open(id));
    this.mine?.refresh();
    $('faq-back').addEventListener('click', onBack);
    $('faq-helpful').addEventListener('click', () => this.feedback(true));
    $('faq-unhelpful').addEventListener('click', () => this.feedback(false));
    $('faq-edit').textContent = me.canEditFaq ? 'Modifier l\'article' : 'Proposer une modification';
    $('faq-edit').addEventListener('click', () => this.startEdit());
    $('faq-edit-cancel').addEventListener('click', () => this.stopEdit());
    $('faq-edit-form').addEventListener('submit', event => {
      event.preventDefault();
      this.saveEdit();
    });
  }

  /** "catégorie · lignes · mis à jour le …" for a hit or an article. */
  describe(item) {
    const hotlines = [].concat(item.hotlines || item.hotline || [])
      .map(h => (h === 'all' ? 'toutes les lignes' : this.hotlines[h] || h));
    const parts = [item.category, hotlines.join(', ')];
    if (item.updated) {
      parts.push('mis à jour le ' + new Date(item.updated).toLocaleDateString('fr-FR'));
    }
    return parts.filter(Boolean).join(' · ');
  }

  /** Shows an article; {@code searched}: the words of the search it was opened from, if any. */
  async open(id, searched) {
    const article = await api('GET', '/api/faq/articles/' + encodeURIComponent(id));
    this.current = article;
    this.searched = searched || null;
    $('faq-list').hidden = true;
    $('faq-article').hidden = false;
    $('faq-article-title').textContent = article.title;
    $('faq-article-meta').textContent = this.describe(article);
    showArticleBody($('faq-article-body'), article.html ?? article.bodyHtml ?? '');
    $('faq-helpful').disabled = false;
    $('faq-unhelpful').disabled = false;
    $('faq-feedback-message').textContent = '';
    $('faq-edit-message').hidden = true;
    this.stopEdit();
    $('faq-phrasings').hidden = true;
    if (this.me.canEditFaq) {
      this.showPhrasings();
    }
    $('faq-article-title').focus();
  }

  async showPhrasings() {
    const id = this.current.id;
    const answer = await api('GET', `/api/faq/articles/${encodeURIComponent(id)}/phrasings`);
    if (this.current?.id !== id) {
      return;
    }
    $('faq-phrasings-list').replaceChildren(...answer.phrasings.map(text => {
      const item = element('li', null, {class: 'phrasing'});
      const remove = element('button', 'Retirer', {type: 'button', class: 'secondary small', 'aria-label': `Retirer « ${text} »`});
      remove.addEventListener('click', async () => {
        await api('POST', `/api/faq/articles/${encodeURIComponent(id)}/phrasings/remove`, {text});
        this.showPhrasings();
      });
      item.append(element('span', text), ' ', remove);
      return item;
    }));
    $('faq-phrasings').hidden = answer.phrasings.length === 0;
  }

  async feedback(helpful) {
    try {
      const verdict = this.searched ? {helpful, searched: this.searched} : {helpful};
      await api('POST', `/api/faq/articles/${encodeURIComponent(this.current.id)}/feedback`, verdict);
      $('faq-helpful').disabled = true;
      $('faq-unhelpful').disabled = true;
      $('faq-feedback-message').textContent = 'Merci pour votre avis.';
    } catch (error) {
      $('faq-feedback-message').textContent = 'Avis non enregistré : ' + error.message;
    }
  }

  startEdit() {
    const editor = this.me.canEditFaq;
    $('faq-edit-title').required = editor;
    $('faq-edit-body').required = editor;
    $('faq-edit-comment').required = !editor;
    $('faq-edit-comment-label').textContent = editor ? 'Note de révision (facultative)'
      : 'Votre proposition : ce qui est faux, manque ou a changé (corrigez aussi le texte si vous le souhaitez)';
    $('faq-edit-title').value = this.current.title;
    $('faq-edit-body').value = this.current.body ?? '';
    $('faq-edit-comment').value = '';
    $('faq-edit-message').hidden = true;
    $('faq-edit-submit').textContent = editor ? 'Enregistrer' : 'Envoyer la proposition';
    $('faq-edit-form').hidden = false;
    $('faq-edit').hidden = true;
    (editor ? $('faq-edit-title') : $('faq-edit-comment')).focus();
  }

  /** An agent's proposal: the note, and the title or body only when the agent changed them. */
  proposal() {
    const a = this.current;
    const change = {note: $('faq-edit-comment').value.trim(), revision: a.revision};
    const title = $('faq-edit-title').value.trim();
    const body = $('faq-edit-body').value.trim();
    if (title && title !== a.title) {
      change.title = title;
    }
    if (body !== (a.body ?? '').trim()) {
      change.body = body;
    }
    return change;
  }

  stopEdit() {
    $('faq-edit-form').hidden = true;
    $('faq-edit').hidden = false;
  }

  async saveEdit() {
    const a = this.current;
    const id = encodeURIComponent(a.id);
    const note = $('faq-edit-comment').value.trim();
    const message = $('faq-edit-message');
    try {
      if (this.me.canEditFaq) {
        await api('PUT', '/api/faq/articles/' + id, {title: $('faq-edit-title').value, body: $('faq-edit-body').value,
          note, hotline: a.hotline, category: a.category, audience: a.audience, tags: a.tags, revision: a.revision});
        await this.open(a.id);
        message.textContent = 'Article enregistré : tous les agents le voient.';
      } else {
        await api('POST', `/api/faq/articles/${id}/proposals`, this.proposal());
        this.stopEdit();
        message.textContent = 'Proposition envoyée aux rédacteurs de la FAQ.';
        this.mine?.refresh();
      }
      message.className = 'message ok';
    } catch (error) {
      message.textContent = 'Refusé : ' + error.message;
      message.className = 'message error';
    }
    message.hidden = false;
  }
}
