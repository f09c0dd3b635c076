package org.tollgate.screening.explain;

/**
 * One query word aligned with one list word (or, for {@link MatchMethod#JOINED}, two words written together
 * with one).
 *
 * @param queryToken the query word(s), normalised
 * @param listToken the list word(s), normalised
 * @param method how they matched
 * @param similarity how similar they are, 0..1
 * @param weight the weight of the list word(s) in the name score (inverse document frequency times the
 *     factor of the word's kind)
 */
public record TokenAlignment(
        String queryToken, String listToken, MatchMethod method, double similarity, double weight) {}
