// One FAQ article on the agent desktop: its sanitised body, "helpful?" feedback, and an edit
// (FAQ editors) or a proposed edit (other agents) of its Markdown text.
import { api } from '/assets/numvert-session.js';
import { showArticleBody } from '/assets/faq-html.js';

const $ = id => document.getElementById(id);

export class ArticleView {
  constructor(me, hotlines, onBack) {
    this.me = me;
    this.hotlines = hotlines;
    this.current = null;
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

  async open(id) {
    const article = await api('GET', '/api/faq/articles/' + encodeURIComponent(id));
    this.current = article;
    $('faq-list').hidden = true;
    $('faq-article').hidden = false;
    $('faq-article-title').textContent = article.title;
    $('faq-article-meta').textContent = this.describe(article);
    showArticleBody($('faq-article-body'), article.html ?? article.bodyHtml ?? '');
    $('faq-helpful').disabled = false;
    $('faq-unhelpful').disabled = false;
    $('faq-feedback-message').textContent = '';
    this.stopEdit();
    $('faq-article-title').focus();
  }

  async feedback(helpful) {
    try {
      await api('POST', `/api/faq/articles/${encodeURIComponent(this.current.id)}/feedback`, {helpful});
      $('faq-helpful').disabled = true;
      $('faq-unhelpful').disabled = true;
      $('faq-feedback-message').textContent = 'Merci pour votre avis.';
    } catch (error) {
      $('faq-feedback-message').textContent = 'Avis non enregistré : ' + error.message;
    }
  }

  startEdit() {
    $('faq-edit-title').value = this.current.title;
    $('faq-edit-body').value = this.current.body ?? this.current.markdown ?? '';
    $('faq-edit-comment').value = '';
    $('faq-edit-message').hidden = true;
    $('faq-edit-submit').textContent = this.me.canEditFaq ? 'Enregistrer' : 'Envoyer la proposition';
    $('faq-edit-form').hidden = false;
    $('faq-edit').hidden = true;
    $('faq-edit-title').focus();
  }

  stopEdit() {
    $('faq-edit-form').hidden = true;
    $('faq-edit').hidden = false;
  }

  async saveEdit() {
    const id = encodeURIComponent(this.current.id);
    const title = $('faq-edit-title').value;
    const body = $('faq-edit-body').value;
    const note = $('faq-edit-comment').value;
    const message = $('faq-edit-message');
    try {
      if (this.me.canEditFaq) {
        const a = this.current;
        await api('PUT', '/api/faq/articles/' + id, {title, body, note, hotline: a.hotline, category: a.category,
          audience: a.audience, tags: a.tags, revision: a.revision});
        await this.open(a.id);
        message.textContent = 'Article enregistré : tous les agents le voient.';
      } else {
        await api('POST', `/api/faq/articles/${id}/proposals`, {title, body, note});
        this.stopEdit();
        message.textContent = 'Proposition envoyée aux rédacteurs de la FAQ.';
      }
      message.className = 'message ok';
    } catch (error) {
      message.textContent = 'Refusé : ' + error.message;
      message.className = 'message error';
    }
    message.hidden = false;
  }
}
