package org.tollgate.screening.score;

import java.util.List;
import org.tollgate.screening.explain.TokenAlignment;
import org.tollgate.screening.explain.UnmatchedToken;

/**
 * The comparison of a query name with one indexed name.
 *
 * @param score the name score, 0..1
 * @param queryCoverage the weighted share of the query matched
 * @param listCoverage the weighted share of the list name matched
 * @param alignments the aligned words (only when an explanation was asked for)
 * @param unmatchedQuery query words left over (idem)
 * @param unmatchedList list words left over (idem)
 * @param listTokens the list name's tokens (idem)
 */
public record NameMatch(
        double score,
        double queryCoverage,
        double listCoverage,
        List<TokenAlignment> alignments,
        List<UnmatchedToken> unmatchedQuery,
        List<UnmatchedToken> unmatchedList,
        List<String> listTokens) {}
