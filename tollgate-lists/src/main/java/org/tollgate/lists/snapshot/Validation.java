package org.tollgate.lists.snapshot;

import java.util.List;

/**
 * The verdict on a new snapshot: accepted, or rejected with every reason.
 *
 * @param accepted whether the snapshot may replace the last accepted one
 * @param reasons why it was rejected (empty when accepted)
 */
public record Validation(boolean accepted, List<String> reasons) {
    public Validation {
        reasons = List.copyOf(reasons);
    }

    /**
     * Checks a candidate against the policy and the last accepted snapshot of the same source.
     *
     * @param candidate the new snapshot
     * @param last the last accepted snapshot, or null when there is none
     * @param policy the thresholds
     */
    public static Validation check(ListSnapshot candidate, ListSnapshot last, ValidationPolicy policy) {
        List<String> reasons = new java.util.ArrayList<>();
        int n = candidate.entities().size();
        if (n == 0) {
            reasons.add("the list is empty");
        }
        int records = Math.max(n, 1);
        double problemShare = (double) candidate.problemCount() / records;
        if (problemShare > policy.maxProblemShare()) {
            reasons.add(String.format(
                    java.util.Locale.ROOT,
                    "%d parse problems for %d entities (%.1f%%) exceed the limit of %.1f%%",
                    candidate.problemCount(),
                    n,
                    100 * problemShare,
                    100 * policy.maxProblemShare()));
        }
        if (last != null && !last.entities().isEmpty()) {
            int before = last.entities().size();
            double drop = (double) (before - n) / before;
            if (drop > policy.maxDropShare()) {
                reasons.add(String.format(
                        java.util.Locale.ROOT,
                        "the list shrank from %d to %d entities (-%.1f%%), more than the allowed %.1f%%",
                        before,
                        n,
                        100 * drop,
                        100 * policy.maxDropShare()));
            }
        }
        return new Validation(reasons.isEmpty(), reasons);
    }
}
