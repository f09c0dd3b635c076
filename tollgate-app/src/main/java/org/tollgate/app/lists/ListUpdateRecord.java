package org.tollgate.app.lists;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One list update or import as recorded in {@code list_update}.
 *
 * @param source the source id
 * @param outcome accepted, unchanged, rejected or failed
 * @param sha256 the snapshot in force afterwards
 * @param previousHash the snapshot in force before
 * @param entityCount entities of the snapshot in force afterwards
 * @param added entities added (accepted updates)
 * @param removed entities removed
 * @param changed entities changed
 * @param reasons why it was rejected or failed
 * @param at when it ran
 */
public record ListUpdateRecord(
        String source,
        String outcome,
        @Nullable String sha256,
        @Nullable String previousHash,
        @Nullable Integer entityCount,
        @Nullable Integer added,
        @Nullable Integer removed,
        @Nullable Integer changed,
        List<String> reasons,
        Instant at) {
    public ListUpdateRecord {
        reasons = List.copyOf(reasons);
    }
}
