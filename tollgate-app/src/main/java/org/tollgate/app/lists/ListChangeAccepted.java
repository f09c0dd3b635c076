package org.tollgate.app.lists;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.tollgate.lists.diff.SnapshotDiff;

/**
 * Published (synchronously, inside the refresh's transaction) when a refresh accepted a new snapshot that differs
 * from the one in force before. The re-screening feature records a delta run in the same transaction and re-opens
 * the allow-list entries of {@link #materialIds}, so an accepted update is never left without its re-screen.
 *
 * @param source the source id
 * @param previousHash the snapshot in force before (empty for a source's first snapshot)
 * @param newHash the accepted snapshot's hash
 * @param publishedAt the publication date the new snapshot states, if any
 * @param diff what changed
 * @param materialIds the entities whose names, birth dates or identifiers changed, or that left the list
 */
public record ListChangeAccepted(
        String source,
        String previousHash,
        String newHash,
        @Nullable LocalDate publishedAt,
        SnapshotDiff diff,
        Set<String> materialIds) {
    public ListChangeAccepted {
        materialIds = Set.copyOf(materialIds);
    }
}
