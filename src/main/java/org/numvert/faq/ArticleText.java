package org.numvert.faq;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * Markdown bodies as agents see them ({@link #safeHtml}: no script from an article ever runs) and
 * as the index reads them ({@link #plainText}). Thread-safe.
 */
public final class ArticleText {
    private static final Parser MARKDOWN = Parser.builder().build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().sanitizeUrls(true).build();
    private static final Safelist SAFE = Safelist.relaxed().removeTags("img")
            .addAttributes("a", "title").addEnforcedAttribute("a", "rel", "noopener noreferrer nofollow");

    private ArticleText() {
    }

    /** The body rendered to HTML and cleaned: only formatting, lists, tables and http(s) links. */
    public static String safeHtml(String markdown) {
        return Jsoup.clean(HTML.render(MARKDOWN.parse(markdown)), SAFE);
    }

    /** The body's words without markup, for indexing and snippets. */
    public static String plainText(String markdown) {
        return Jsoup.parse(HTML.render(MARKDOWN.parse(markdown))).text();
    }
}
