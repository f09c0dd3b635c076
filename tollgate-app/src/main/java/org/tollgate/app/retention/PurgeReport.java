package org.tollgate.app.retention;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a purge deleted (or, in a dry run, would delete).
 *
 * @param at the purge's time ("now" for every cutoff)
 * @param dryRun whether nothing was deleted
 * @param cutoffs record class -> records last changed before this time have expired (for identity: accounts closed
 *     and last accessed before it)
 * @param deleted record class -> table -> rows deleted
 * @param identityPurged the customers whose identity records were purged (ids only)
 * @param audited whether the purge was written to the audit log (false for a dry run)
 */
public record PurgeReport(
        Instant at,
        boolean dryRun,
        Map<String, Instant> cutoffs,
        Map<String, Map<String, Long>> deleted,
        List<UUID> identityPurged,
        boolean audited) {
    /** The total number of rows deleted in a record class. */
    public long total(String recordClass) {
        return deleted.getOrDefault(recordClass, Map.of()).values().stream()
                .mapToLong(Long::longValue)
                .sum();
    }
}
