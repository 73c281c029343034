package org.numvert.faq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownArticlesTest {
    private final List<String> ignored = new ArrayList<>();

    @Test
    void readsTheFrontMatterAndTheBody() {
        ArticleSource source = MarkdownArticles.parse("""
                ---
                id: fonds-solidarite
                title: "Fonds de solidarité : qui y a droit ?"
                hotline: [entreprises, formation]
                category: aides-urgence
                audience: adocc
                tags: [TPE, indépendants]
                updated: 2020-04-15
                ---
                Le **fonds** de solidarité…
                """, "fichier", "fonds.md", ignored);

        Article a = source.article();
        assertThat(a.id()).isEqualTo("fonds-solidarite");
        assertThat(a.title()).isEqualTo("Fonds de solidarité : qui y a droit ?");
        assertThat(a.hotlines()).containsExactly("entreprises", "formation");
        assertThat(a.audience()).isEqualTo(Audience.ADOCC);
        assertThat(a.tags()).containsExactly("TPE", "indépendants");
        assertThat(a.updated()).isEqualTo(LocalDate.of(2020, 4, 15));
        assertThat(a.body()).isEqualTo("Le **fonds** de solidarité…");
        assertThat(source.dated()).isTrue();
        assertThat(ignored).isEmpty();
    }

    @Test
    void defaultsAreTheFileNameAllHotlinesAndAllAudiences() {
        ArticleSource source = MarkdownArticles.parse("---\r\ntitle: Masques\r\nhotline: all\r\nauteur: x\r\n---\r\nTexte\r\n",
                "masques", "masques.md", ignored);

        assertThat(source.article().id()).isEqualTo("masques");
        assertThat(source.article().hotlines()).containsExactly("all");
        assertThat(source.article().audience()).isEqualTo(Audience.ALL);
        assertThat(source.dated()).isFalse();
        assertThat(ignored).containsExactly("auteur");
    }

    @Test
    void badFilesAreRefusedWithTheReason() {
        assertThatThrownBy(() -> parse("Pas de front matter")).hasMessageContaining("no front matter");
        assertThatThrownBy(() -> parse("---\ntitle: x\n")).hasMessageContaining("not closed");
        assertThatThrownBy(() -> parse("---\nid: x\n---\nbody")).hasMessageContaining("title is required");
        assertThatThrownBy(() -> parse("---\ntitle: x\naudience: tous\n---\n")).hasMessageContaining("audience must be");
        assertThatThrownBy(() -> parse("---\ntitle: x\nupdated: hier\n---\n")).hasMessageContaining("updated must be a day");
        assertThatThrownBy(() -> parse("---\ntitle: x\nhotline: [Entre prises]\n---\n")).hasMessageContaining("hotline");
        assertThatThrownBy(() -> parse("---\ntitle: [x\n---\n")).hasMessageContaining("not valid YAML");
    }

    @Test
    void formatThenParseGivesTheSameArticle() {
        Article article = new Article("mt:article#Quel-est-le-role", "Titre : « avec » des ' et des \"",
                "# Titre\n\n---\n\nCorps avec une ligne --- au milieu.", List.of("transport"), "horaires",
                Audience.REGION, List.of("a: b", "c"), LocalDate.of(2020, 3, 1));

        ArticleSource again = MarkdownArticles.parse(MarkdownArticles.format(article), "x", "x.md", ignored);

        assertThat(again.article()).isEqualTo(article);
        Article all = new Article("b", "B", "", List.of("all"), "general", Audience.ALL, List.of(), LocalDate.of(2020, 3, 1));
        assertThat(MarkdownArticles.format(all)).contains("hotline: all\n");
        assertThat(MarkdownArticles.parse(MarkdownArticles.format(all), "x", "x", ignored).article()).isEqualTo(all);
    }

    private ArticleSource parse(String text) {
        return MarkdownArticles.parse(text, "id", "f.md", ignored);
    }
}
