package org.tollgate.screening.index;

/**
 * Size and build time of a {@link ScreeningIndex}.
 *
 * @param parties indexed parties
 * @param names indexed names (distinct per party after normalisation)
 * @param terms distinct tokens, single and joined
 * @param postings entries in the inverted index
 * @param typoKeys deletion keys for typo-tolerant look-up
 * @param buildMillis time the build took
 */
public record IndexStats(int parties, int names, int terms, long postings, int typoKeys, long buildMillis) {}
