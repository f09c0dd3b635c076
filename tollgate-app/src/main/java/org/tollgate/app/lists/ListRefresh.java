package org.tollgate.app.lists;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tollgate.app.audit.AuditEntry;
import org.tollgate.app.audit.AuditLog;
import org.tollgate.lists.ListSpec;
import org.tollgate.lists.diff.EntityChange;
import org.tollgate.lists.diff.SnapshotDiff;
import org.tollgate.lists.fetch.FetchPolicy;
import org.tollgate.lists.fetch.ListFetcher;
import org.tollgate.lists.fetch.ListUpdater;
import org.tollgate.lists.fetch.OfficialSources;
import org.tollgate.lists.fetch.SourceDefinition;
import org.tollgate.lists.fetch.UpdateOutcome;
import org.tollgate.lists.fetch.UpdateResult;
import org.tollgate.lists.model.Entity;
import org.tollgate.lists.parse.ListParseException;
import org.tollgate.lists.snapshot.ListSnapshot;
import org.tollgate.lists.snapshot.SnapshotInfo;
import org.tollgate.lists.snapshot.SnapshotStore;
import org.tollgate.lists.snapshot.ValidationPolicy;
import org.tollgate.screening.ScreeningEngine;

/**
 * Keeps the lists current: at start, and then every {@code tollgate.lists.refresh}, imports the configured local
 * files, fetches the official sources when {@code tollgate.lists.fetch} is on, records every result (table {@code
 * list_update} and the audit log), builds a new index from the latest snapshot of every source in the store and
 * installs it while requests keep running on the old one.
 */
@Service
public class ListRefresh implements SmartInitializingSingleton {
    private static final Logger log = LoggerFactory.getLogger(ListRefresh.class);
    private static final String ACTOR = "system:lists";

    private final ListsProperties props;
    private final ListIndex index;
    private final ListUpdateRepository updates;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final SnapshotStore store;
    private final ListUpdater updater;

    ListRefresh(
            ListsProperties props,
            ListIndex index,
            ListUpdateRepository updates,
            AuditLog audit,
            ApplicationEventPublisher events,
            PlatformTransactionManager txManager,
            Clock clock) {
        this.props = props;
        this.index = index;
        this.updates = updates;
        this.audit = audit;
        this.events = events;
        this.tx = new TransactionTemplate(txManager);
        this.clock = clock;
        this.store = new SnapshotStore(props.store(), props.keep());
        this.updater =
                new ListUpdater(store, new ListFetcher(FetchPolicy.defaults()), ValidationPolicy.defaults(), clock);
    }

    /** The first load, before the web server takes requests: nobody is screened against an index still empty. */
    @Override
    public void afterSingletonsInstantiated() {
        if (props.load()) {
            refresh();
        }
    }

    @Scheduled(
            fixedDelayString = "${tollgate.lists.refresh:PT6H}",
            initialDelayString = "${tollgate.lists.refresh:PT6H}")
    void scheduled() {
        if (props.load()) {
            refresh();
        }
    }

    /** Imports, fetches when enabled, records the results and installs a new index; returns the results. */
    public synchronized List<ListUpdateRecord> refresh() {
        List<UpdateResult> results = new ArrayList<>();
        for (ListSpec spec : props.localSpecs()) {
            results.add(updater.importLocal(spec, ""));
        }
        if (props.fetch()) {
            for (SourceDefinition def : OfficialSources.all()) {
                results.add(updater.update(def));
            }
        }
        List<ListUpdateRecord> records = results.stream().map(this::record).toList();
        ListIndex.InForce next = build();
        tx.executeWithoutResult(s -> {
            for (int i = 0; i < results.size(); i++) {
                UpdateResult r = results.get(i);
                ListUpdateRecord rec = records.get(i);
                updates.insert(rec);
                if (r.outcome() != UpdateOutcome.UNCHANGED) {
                    Map<String, Object> details = new LinkedHashMap<>();
                    details.put("outcome", rec.outcome());
                    details.put("sha256", String.valueOf(rec.sha256()));
                    details.put("previous_hash", String.valueOf(rec.previousHash()));
                    details.put("reasons", rec.reasons());
                    audit.append(new AuditEntry(null, ACTOR, "list.updated", "list", r.source(), details));
                }
                firstOrChange(r).ifPresent(d -> {
                    if (!d.isEmpty()) {
                        events.publishEvent(new ListChangeAccepted(
                                r.source(),
                                r.previousHash(),
                                d.newHash(),
                                r.inForce().flatMap(ListSnapshot::publishedAt).orElse(null),
                                d,
                                materialChanges(d)));
                    }
                });
            }
        });
        index.install(next);
        log.info(
                "Screening index: {} parties from {} ({} names)",
                next.index().partyCount(),
                next.hashes().keySet(),
                next.index().nameCount());
        return records;
    }

    /**
     * What an accepted update changed; for a source's first snapshot (a source added to a running installation, or a
     * new snapshot store) every entity counts as added, so the customers already on file are screened against it
     * at once rather than at the next weekly full re-screen.
     */
    static Optional<SnapshotDiff> firstOrChange(UpdateResult r) {
        if (r.diff().isPresent()) {
            return r.diff();
        }
        if (r.outcome() != UpdateOutcome.ACCEPTED || !r.previousHash().isEmpty()) {
            return Optional.empty();
        }
        return r.inForce().map(s -> new SnapshotDiff("", s.sha256(), s.entities(), List.of(), List.of()));
    }

    /** Entities whose names, birth dates or identifiers changed, or that left the list. */
    static Set<String> materialChanges(SnapshotDiff d) {
        Set<String> ids = new HashSet<>();
        for (EntityChange c : d.changed()) {
            if (c.isMaterial()) {
                ids.add(c.id());
            }
        }
        for (Entity e : d.removed()) {
            ids.add(e.id());
        }
        return ids;
    }

    private ListIndex.InForce build() {
        List<Entity> all = new ArrayList<>();
        Map<String, SnapshotInfo> infos = new LinkedHashMap<>();
        for (String source : store.sources()) {
            try {
                store.latest(source).ifPresent(s -> {
                    all.addAll(s.entities());
                    infos.put(
                            source,
                            new SnapshotInfo(
                                    s.source(),
                                    s.sha256(),
                                    s.fetchedAt(),
                                    s.publishedAt(),
                                    s.origin(),
                                    s.entities().size(),
                                    s.problemCount()));
                });
            } catch (ListParseException e) {
                log.error("Snapshot of {} cannot be read; it is left out of the index: {}", source, e.getMessage());
            }
        }
        return new ListIndex.InForce(ScreeningEngine.index(all), infos, clock.instant());
    }

    private ListUpdateRecord record(UpdateResult r) {
        ListSnapshot s = r.inForce().orElse(null);
        return new ListUpdateRecord(
                r.source(),
                r.outcome().name().toLowerCase(java.util.Locale.ROOT),
                s == null ? null : s.sha256(),
                r.previousHash().isEmpty() ? null : r.previousHash(),
                s == null ? null : s.entities().size(),
                r.diff().map(d -> d.added().size()).orElse(null),
                r.diff().map(d -> d.removed().size()).orElse(null),
                r.diff().map(d -> d.changed().size()).orElse(null),
                r.reasons(),
                r.at());
    }
}
