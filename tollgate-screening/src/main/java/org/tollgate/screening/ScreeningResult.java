package org.tollgate.screening;

import java.util.List;

/**
 * The outcome of screening one query.
 *
 * @param engineVersion {@link ScreeningEngine#VERSION}, stored so a decision can be replayed
 * @param threshold the alert threshold in force
 * @param queryTokens the query name's normalised words
 * @param hits the hits, best first
 */
public record ScreeningResult(String engineVersion, double threshold, List<String> queryTokens, List<Hit> hits) {
    public ScreeningResult {
        queryTokens = List.copyOf(queryTokens);
        hits = List.copyOf(hits);
    }

    /** Whether any hit is an alert. */
    public boolean alert() {
        return !hits.isEmpty() && hits.get(0).alert();
    }

    /** The best score, 0 without hits. */
    public double topScore() {
        return hits.isEmpty() ? 0 : hits.get(0).score();
    }
}
