package org.numvert.faq;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The words agents searched with before they found an article helpful: the callers' words for
 * it, which the article's own text may not use ("papier pour prouver que j'ai travaillé" for a
 * certificat de travail). They are indexed with the article ({@link ArticleDocuments#ASKED}), so
 * that the next agent who types such words finds it, even when no word of the article matches.
 *
 * <p>An agent's phrasings count while its latest verdict on the article is "helpful": a "not
 * helpful" withdraws them. An article keeps its {@value #MAX_PER_ARTICLE} most recently recorded
 * distinct phrasings. Phrasings are normalised as the search log keeps searches ({@link
 * SearchRecord#normalise}: lower case, long digit runs masked). Editors can remove one ({@link
 * #remove}).
 *
 * <p>Thread-safe.
 */
public final class LearnedPhrasings {
    /** Phrasings kept per article: the most recently recorded ones. */
    public static final int MAX_PER_ARTICLE = 100;

    /** Per article, its phrasings, least recently recorded first, each with the agents who searched with it. */
    private final Map<String, LinkedHashMap<String, Set<String>>> byArticle = new HashMap<>();

    /**
     * Records an agent's verdict on an article and the search that led to it.
     *
     * @param phrasing what the agent had typed, when the article was opened from a search
     * @return true when the article's phrasings changed (its index document must be replaced)
     */
    public synchronized boolean record(String articleId, String agent, boolean helpful, Optional<String> phrasing) {
        LinkedHashMap<String, Set<String>> phrasings = byArticle.get(articleId);
        if (!helpful) {
            if (phrasings == null) {
                return false;
            }
            boolean removed = phrasings.values().removeIf(agents -> agents.remove(agent) && agents.isEmpty());
            forgetIfEmpty(articleId, phrasings);
            return removed;
        }
        Optional<String> normalised = phrasing.map(SearchRecord::normalise).filter(p -> !p.isBlank());
        if (normalised.isEmpty()) {
            return false;
        }
        if (phrasings == null) {
            phrasings = new LinkedHashMap<>();
            byArticle.put(articleId, phrasings);
        }
        Set<String> agents = phrasings.remove(normalised.get());
        boolean added = agents == null;
        agents = added ? new HashSet<>() : agents;
        agents.add(agent);
        phrasings.put(normalised.get(), agents);
        if (phrasings.size() > MAX_PER_ARTICLE) {
            phrasings.remove(phrasings.keySet().iterator().next());
        }
        return added;
    }

    /** Removes a phrasing from an article, whoever searched with it; true when it was there. */
    public synchronized boolean remove(String articleId, String phrasing) {
        LinkedHashMap<String, Set<String>> phrasings = byArticle.get(articleId);
        if (phrasings == null) {
            return false;
        }
        boolean removed = phrasings.remove(SearchRecord.normalise(phrasing)) != null;
        forgetIfEmpty(articleId, phrasings);
        return removed;
    }

    /** The article's distinct phrasings, most recently recorded first. */
    public synchronized List<String> of(String articleId) {
        LinkedHashMap<String, Set<String>> phrasings = byArticle.get(articleId);
        if (phrasings == null) {
            return List.of();
        }
        List<String> recent = new ArrayList<>(phrasings.keySet());
        Collections.reverse(recent);
        return List.copyOf(recent);
    }

    /** Forgets every phrasing (the articles that had some must be indexed again). */
    public synchronized void clear() {
        byArticle.clear();
    }

    /** Articles that have phrasings. */
    public synchronized Set<String> articles() {
        return Set.copyOf(byArticle.keySet());
    }

    private void forgetIfEmpty(String articleId, Map<String, Set<String>> phrasings) {
        if (phrasings.isEmpty()) {
            byArticle.remove(articleId);
        }
    }
}
