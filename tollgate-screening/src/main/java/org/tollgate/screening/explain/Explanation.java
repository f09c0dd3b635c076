package org.tollgate.screening.explain;

import java.util.List;

/**
 * Why a list entry matched a query: which words aligned with which and how, what was left unmatched, the
 * name score, the secondary data that agreed or conflicted, and how the final score was composed. All
 * plain values, so it can be written as JSON as it is.
 *
 * @param matchedName the list name that matched best, as the list writes it
 * @param nameStrength {@code strong}, {@code weak} or {@code original_script}
 * @param queryTokens the query's normalised words
 * @param listTokens the matched name's normalised words
 * @param alignments the aligned words
 * @param unmatchedQuery query words that matched nothing
 * @param unmatchedList list words that matched nothing
 * @param queryCoverage the weighted share of the query matched, 0..1
 * @param listCoverage the weighted share of the list name matched, 0..1
 * @param nameScore the score of the names alone
 * @param factors secondary evidence, in the order applied
 * @param composition the arithmetic from the name score to the final score, for a reader
 * @param score the final score
 */
public record Explanation(
        String matchedName,
        String nameStrength,
        List<String> queryTokens,
        List<String> listTokens,
        List<TokenAlignment> alignments,
        List<UnmatchedToken> unmatchedQuery,
        List<UnmatchedToken> unmatchedList,
        double queryCoverage,
        double listCoverage,
        double nameScore,
        List<Factor> factors,
        String composition,
        double score) {
    public Explanation {
        queryTokens = List.copyOf(queryTokens);
        listTokens = List.copyOf(listTokens);
        alignments = List.copyOf(alignments);
        unmatchedQuery = List.copyOf(unmatchedQuery);
        unmatchedList = List.copyOf(unmatchedList);
        factors = List.copyOf(factors);
    }
}
