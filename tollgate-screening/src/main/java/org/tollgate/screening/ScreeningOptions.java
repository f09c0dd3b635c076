package org.tollgate.screening;

/**
 * How one screening call runs.
 *
 * @param threshold the alert threshold: hits scoring at least this are alerts
 * @param minScore hits scoring below this are not returned (at most the threshold, to see near misses)
 * @param limit the most hits returned
 * @param maxCandidates how many candidate names are scored in full (the best by a quick estimate)
 */
public record ScreeningOptions(double threshold, double minScore, int limit, int maxCandidates) {
    /** The default alert threshold, chosen from the accuracy benchmark. */
    public static final double DEFAULT_THRESHOLD = 0.80;

    public ScreeningOptions {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1]: " + threshold);
        }
        if (!(minScore >= 0 && minScore <= 1)) {
            throw new IllegalArgumentException("minScore must be in [0, 1]: " + minScore);
        }
        if (limit < 1 || maxCandidates < 1) {
            throw new IllegalArgumentException("limit and maxCandidates must be positive");
        }
    }

    /** Threshold 0.80, hits from the threshold up, at most 10, 100 candidates scored. */
    public static ScreeningOptions defaults() {
        return new ScreeningOptions(DEFAULT_THRESHOLD, DEFAULT_THRESHOLD, 10, 100);
    }

    public ScreeningOptions withThreshold(double t) {
        // a minimum score that followed the old threshold follows the new one
        return new ScreeningOptions(t, minScore == threshold ? t : Math.min(minScore, t), limit, maxCandidates);
    }

    public ScreeningOptions withMinScore(double m) {
        return new ScreeningOptions(threshold, m, limit, maxCandidates);
    }

    public ScreeningOptions withLimit(int l) {
        return new ScreeningOptions(threshold, minScore, l, maxCandidates);
    }

    public ScreeningOptions withMaxCandidates(int c) {
        return new ScreeningOptions(threshold, minScore, limit, c);
    }
}
