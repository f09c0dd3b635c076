package org.tollgate.app.console;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.tollgate.app.lists.ListIndex;
import org.tollgate.app.lists.ListUpdateRecord;
import org.tollgate.app.lists.ListUpdateRepository;
import org.tollgate.lists.snapshot.SnapshotInfo;
import org.tollgate.screening.ScreeningEngine;

/**
 * The lists in force and the last update of each source, for the dashboard and the list page (the same facts as
 * {@code GET /api/v1/lists}). Lists are shared by every tenant, so this needs no scope.
 */
@Component
class ListStatus {
    private final ListIndex index;
    private final ListUpdateRepository updates;
    private final Clock clock;

    ListStatus(ListIndex index, ListUpdateRepository updates, Clock clock) {
        this.index = index;
        this.updates = updates;
        this.clock = clock;
    }

    /** The index in force. */
    record Now(String engineVersion, Instant builtAt, int parties, int names, List<Source> sources) {}

    /**
     * One source.
     *
     * @param source the source id
     * @param sha256 the snapshot in force (null when none is)
     * @param entities its entity count
     * @param fetchedAt when it was fetched or imported
     * @param origin where it came from
     * @param age how long ago, for a reader ("3 h")
     * @param stale older than two days: official lists change daily, so an old snapshot means the refresh is stuck
     * @param last the last update's result
     */
    record Source(
            String source,
            @Nullable String sha256,
            @Nullable Integer entities,
            @Nullable Instant fetchedAt,
            @Nullable String origin,
            @Nullable String age,
            boolean stale,
            @Nullable ListUpdateRecord last) {
        public boolean inForce() {
            return sha256 != null;
        }
    }

    Now now() {
        ListIndex.InForce inForce = index.inForce();
        Map<String, ListUpdateRecord> last = updates.lastBySource();
        Instant t = clock.instant();
        List<Source> out = new ArrayList<>();
        for (String source : inForce.snapshots().keySet().stream().sorted().toList()) {
            SnapshotInfo i = inForce.snapshots().get(source);
            Duration age = Duration.between(i.fetchedAt(), t);
            out.add(new Source(
                    source,
                    i.sha256(),
                    i.entityCount(),
                    i.fetchedAt(),
                    i.origin(),
                    human(age),
                    age.compareTo(Duration.ofDays(2)) > 0,
                    last.get(source)));
        }
        last.forEach((source, r) -> {
            if (!inForce.snapshots().containsKey(source)) {
                out.add(new Source(source, null, null, null, null, null, true, r));
            }
        });
        return new Now(
                ScreeningEngine.VERSION,
                inForce.builtAt(),
                inForce.index().partyCount(),
                inForce.index().nameCount(),
                List.copyOf(out));
    }

    static String human(Duration d) {
        long s = Math.max(0, d.toSeconds());
        if (s < 120) {
            return s + " s";
        }
        if (s < 2 * 3600) {
            return s / 60 + " min";
        }
        if (s < 2 * 86400) {
            return s / 3600 + " h";
        }
        return s / 86400 + " days";
    }
}
