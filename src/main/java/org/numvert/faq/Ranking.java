package org.numvert.faq;

/**
 * The weights of the ranking, tuned on the development half of the French benchmark (README,
 * "FAQ search"). Typed words weigh their field's weight; what the agent did not type (synonyms,
 * corrections, completions) weighs less.
 *
 * <p>A word scores in its best field plus {@code tie} times the others. The body's weight is the
 * largest because its BM25 scores are flatter (long text); a word in the title still scores
 * above the same word in the body, as title scores are peaked (short field) and the exact title
 * words add to them.
 *
 * @param phraseSlop     how far apart the words may be for the phrase boosts
 * @param typo           weight of a correction one edit away (halved at two edits)
 * @param prefixTitle    weight of a title word that starts with the word being typed
 * @param prefixBody     weight of the frequent words that complete the word being typed
 * @param prefixExpansions how many such completions
 * @param pairBody       weight of each pair of neighbouring typed words found close together in the body
 * @param pairSlop       how far apart the words of a pair may be
 * @param weakWord       factor of a weak word ({@code weak-words-fr.txt}: question words, common verbs)
 * @param prefixTitleKnown weight of the title prefixes of a last word that is already a known word
 * @param helpful        how much agents' votes raise an article among the best hits: its score is
 *                       multiplied by {@code 1 + helpful * ln(1 + net helpful votes)} ({@link HelpfulVotes})
 * @param asked          weight of a typed word found in the words agents searched with before finding
 *                       the article helpful ({@link LearnedPhrasings}): as a title word, since a
 *                       phrasing is a short text that names what the article answers
 */
record Ranking(
        float title, float titleWords, float body, float tags, float tie,
        float phraseTitle, float phraseBody, int phraseSlop,
        float synonym, float typo,
        float prefixTitle, float prefixBody, int prefixExpansions,
        float bodyK1, float bodyB, float titleK1, float titleB,
        float pairBody, int pairSlop, float weakWord, float prefixTitleKnown, float helpful, float asked) {

    static final Ranking DEFAULT = new Ranking(
            1.0f, 1.0f, 2.0f, 1.5f, 0.3f,
            1.0f, 0.5f, 3,
            0.4f, 0.8f,
            1.5f, 0.5f, 8,
            2.5f, 0.65f, 1.2f, 0.75f,
            0.5f, 2, 0.5f, 0.3f, 0.25f, 1.0f);
}
