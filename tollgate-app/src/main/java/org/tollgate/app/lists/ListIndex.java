package org.tollgate.app.lists;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;
import org.tollgate.lists.snapshot.SnapshotInfo;
import org.tollgate.screening.Screener;
import org.tollgate.screening.index.ScreeningIndex;

/**
 * The screening index in force and the snapshots it was built from. {@link ListRefresh} builds a new index off to
 * the side and {@link #install installs} it; requests running at that moment finish on the old one (the
 * {@link Screener} swaps atomically) and the snapshots recorded with a screening are always those of the index it
 * ran on, because both are read from one {@link InForce} value.
 */
@Component
public class ListIndex {
    /**
     * One consistent state: the screener's index and the snapshots it holds.
     *
     * @param index the index
     * @param snapshots the snapshots in force, by source
     * @param builtAt when the index was built
     */
    public record InForce(ScreeningIndex index, Map<String, SnapshotInfo> snapshots, Instant builtAt) {
        public InForce {
            snapshots = Map.copyOf(snapshots);
        }

        /** Source -> SHA-256 of each snapshot, sorted by source (what a screening result records). */
        public Map<String, String> hashes() {
            Map<String, String> m = new TreeMap<>();
            snapshots.forEach((s, i) -> m.put(s, i.sha256()));
            return m;
        }

        public boolean empty() {
            return snapshots.isEmpty();
        }
    }

    private final Screener screener = new Screener(ScreeningIndex.empty());
    private final AtomicReference<InForce> current =
            new AtomicReference<>(new InForce(ScreeningIndex.empty(), Map.of(), Instant.EPOCH));

    /** The screener; screen with {@link #inForce()}'s index through {@link #screener(InForce)} for consistency. */
    public Screener screener() {
        return screener;
    }

    /** The state in force now. */
    public InForce inForce() {
        return current.get();
    }

    /** A screener pinned to one state (so its hits and recorded hashes agree even across a swap). */
    public Screener screener(InForce state) {
        return state.index() == screener.index() ? screener : new Screener(state.index());
    }

    /** Replaces the index; returns the state it replaced. */
    public InForce install(InForce next) {
        InForce old = current.getAndSet(next);
        screener.swap(next.index());
        return old;
    }

    /** The sources in force, sorted. */
    public List<String> sources() {
        return current.get().snapshots().keySet().stream().sorted().toList();
    }
}
