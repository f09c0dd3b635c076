package org.tollgate.lists.snapshot;

/**
 * When a new snapshot is refused, so that a broken download never empties the screening index.
 *
 * @param maxDropShare the largest share of entities a list may lose against the last accepted snapshot
 *     (default 0.10: a list that suddenly lost more than a tenth of its entries is held back for review)
 * @param maxProblemShare the largest share of records that may have parse problems (default 0.05)
 */
public record ValidationPolicy(double maxDropShare, double maxProblemShare) {
    public ValidationPolicy {
        if (maxDropShare < 0 || maxDropShare > 1 || maxProblemShare < 0 || maxProblemShare > 1) {
            throw new IllegalArgumentException("shares must be between 0 and 1");
        }
    }

    public static ValidationPolicy defaults() {
        return new ValidationPolicy(0.10, 0.05);
    }
}
