package org.tollgate.screening.score;

/**
 * The constants of the score, in one place so that a benchmark can tune them.
 *
 * @param queryCoverage the share of the name score given to how much of the query was matched (the rest
 *     goes to how much of the list name was matched)
 * @param singleWordCap the highest name score of a one-word query against a list name of several words
 * @param weakAlias the factor applied to a match on a weak alias
 * @param minimumEvidence matched weight (sum of inverse document frequencies), as a share of the weight of the
 *     rarest possible word, below which a name score is scaled down: a match on common words only is weak
 *     evidence
 */
public record ScoringWeights(double queryCoverage, double singleWordCap, double weakAlias, double minimumEvidence) {
    public static final ScoringWeights DEFAULT = new ScoringWeights(0.6, 0.75, 0.9, 0.55);
}
