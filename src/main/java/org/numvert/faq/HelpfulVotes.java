package org.numvert.faq;

import java.util.HashMap;
import java.util.Map;

/**
 * What agents said of articles: for each article, how many more agents found it helpful than
 * not. The search uses it to order close results ({@link FaqSearcher}): an article that helped
 * colleagues comes before one that merely matches the words a little better.
 *
 * <p>Each agent counts once per article, with its latest verdict: an agent who clicks « utile »
 * fifty times is one vote, and one who changes its mind moves its vote. An article never counts
 * below zero, so that unhelpful votes cancel helpful ones without pushing an article under those
 * nobody rated (the unhelpful ones are for the editors: FAQ analytics).
 *
 * <p>Thread-safe. {@link #version()} changes with every vote that changes a count, so that
 * cached results computed before it are not served after it.
 */
public final class HelpfulVotes {
    private final Map<String, Map<String, Boolean>> verdicts = new HashMap<>();
    private final Map<String, Integer> net = new HashMap<>();
    /** Articles whose net count is above zero, so that {@link #isEmpty()} costs nothing per search. */
    private int positive;
    private long version;

    /** Records an agent's verdict on an article, replacing its earlier one. */
    public synchronized void record(String articleId, String agent, boolean helpful) {
        Boolean before = verdicts.computeIfAbsent(articleId, id -> new HashMap<>()).put(agent, helpful);
        if (before != null && before == helpful) {
            return;
        }
        int change = (helpful ? 1 : -1) - (before == null ? 0 : before ? 1 : -1);
        int was = net.getOrDefault(articleId, 0);
        int now = was + change;
        net.put(articleId, now);
        positive += Integer.compare(now > 0 ? 1 : 0, was > 0 ? 1 : 0);
        version++;
    }

    /** Agents who found the article helpful minus those who did not, at least zero. */
    public synchronized int of(String articleId) {
        return Math.max(0, net.getOrDefault(articleId, 0));
    }

    /** True when no article has more helpful votes than unhelpful ones. */
    public synchronized boolean isEmpty() {
        return positive == 0;
    }

    /** Changes whenever a count changes. */
    public synchronized long version() {
        return version;
    }
}
