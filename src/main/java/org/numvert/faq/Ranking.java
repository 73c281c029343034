package org.numvert.faq;

/**
 * The weights of the ranking, tuned on the development half of the French benchmark (README,
 * "FAQ search"). Typed words weigh 1 per field weight; what the agent did not type (synonyms,
 * corrections, completions) weighs less.
 */
record Ranking(
        float title, float titleWords, float body, float tags, float tie,
        float phraseTitle, float phraseBody, int phraseSlop,
        float synonym, float typo, int typoMaxDocFreq,
        float prefixTitle, float prefixBody, int prefixExpansions,
        float bodyK1, float bodyB, float titleK1, float titleB, float lead, int completeMaxDocFreq) {

    static final Ranking DEFAULT = fromSystemProperties(new Ranking(
            1.0f, 1.0f, 2.0f, 1.5f, 0.3f,
            1.0f, 0.5f, 3,
            0.4f, 0.6f, 0,
            1.0f, 0.5f, 8,
            2.0f, 0.75f, 1.2f, 0.75f, 0f, 0));

    static Ranking fromSystemProperties(Ranking d) {
        return new Ranking(
                f("title", d.title), f("titleWords", d.titleWords), f("body", d.body), f("tags", d.tags),
                f("tie", d.tie), f("phraseTitle", d.phraseTitle), f("phraseBody", d.phraseBody),
                (int) f("phraseSlop", d.phraseSlop), f("synonym", d.synonym), f("typo", d.typo),
                (int) f("typoMaxDocFreq", d.typoMaxDocFreq), f("prefixTitle", d.prefixTitle),
                f("prefixBody", d.prefixBody), (int) f("prefixExpansions", d.prefixExpansions),
                f("bodyK1", d.bodyK1), f("bodyB", d.bodyB), f("titleK1", d.titleK1), f("titleB", d.titleB), f("lead", d.lead), (int) f("completeMaxDocFreq", d.completeMaxDocFreq));
    }

    private static float f(String name, float fallback) {
        String value = System.getProperty("rank." + name);
        return value == null ? fallback : Float.parseFloat(value);
    }
}
