package org.tollgate.lists.snapshot;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What the store knows of a stored snapshot without loading its entities.
 *
 * @param source the source id
 * @param sha256 the content hash
 * @param fetchedAt when it was fetched
 * @param publishedAt the publication date the list states, if any
 * @param origin URL or file name it came from
 * @param entityCount number of entities
 * @param problemCount number of parse problems
 */
public record SnapshotInfo(
        String source,
        String sha256,
        Instant fetchedAt,
        Optional<LocalDate> publishedAt,
        String origin,
        int entityCount,
        int problemCount) {

    static SnapshotInfo of(ListSnapshot s) {
        return new SnapshotInfo(
                s.source(),
                s.sha256(),
                s.fetchedAt(),
                s.publishedAt(),
                s.origin(),
                s.entities().size(),
                s.problemCount());
    }
}
