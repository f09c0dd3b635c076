package org.tollgate.lists.fetch;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tollgate.lists.diff.SnapshotDiff;
import org.tollgate.lists.snapshot.ListSnapshot;

/**
 * The result of updating one source.
 *
 * @param source the source id
 * @param outcome accepted, unchanged, rejected or failed
 * @param reasons why it was rejected or failed (empty otherwise)
 * @param at when the update ran
 * @param inForce the snapshot in force afterwards (the new one when accepted, else the last good one), if any
 * @param previousHash the hash in force before the update, or empty
 * @param diff the change against the previous snapshot, when a new one was accepted over an older one
 * @param checksums SHA-256 of each downloaded file by file name (empty for local imports and 304s)
 */
public record UpdateResult(
        String source,
        UpdateOutcome outcome,
        List<String> reasons,
        Instant at,
        Optional<ListSnapshot> inForce,
        String previousHash,
        Optional<SnapshotDiff> diff,
        Map<String, String> checksums) {
    public UpdateResult {
        reasons = List.copyOf(reasons);
        checksums = Map.copyOf(checksums);
    }
}
