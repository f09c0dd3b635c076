package org.tollgate.app.rescreen;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.tollgate.app.alert.Alert;
import org.tollgate.app.alert.AlertService;
import org.tollgate.app.allowlist.AllowListService;
import org.tollgate.app.audit.AuditEntry;
import org.tollgate.app.audit.AuditLog;
import org.tollgate.app.customer.CustomerData;
import org.tollgate.app.customer.CustomerService;
import org.tollgate.app.customer.Derived;
import org.tollgate.app.lists.ListIndex;
import org.tollgate.app.lists.ListsProperties;
import org.tollgate.app.risk.RiskService;
import org.tollgate.app.screening.HitView;
import org.tollgate.app.screening.ScreeningProperties;
import org.tollgate.app.screening.ScreeningService;
import org.tollgate.app.screening.ScreeningSubject;
import org.tollgate.app.screening.SubjectScreening;
import org.tollgate.app.tenant.TenantKind;
import org.tollgate.app.tenant.TenantScope;
import org.tollgate.lists.diff.EntityChange;
import org.tollgate.lists.diff.SnapshotDiff;
import org.tollgate.lists.model.Entity;
import org.tollgate.lists.parse.ListParseException;
import org.tollgate.lists.snapshot.ListSnapshot;
import org.tollgate.lists.snapshot.SnapshotStore;
import org.tollgate.screening.Party;
import org.tollgate.screening.ScreeningOptions;
import tools.jackson.databind.json.JsonMapper;

/**
 * Works the re-screening runs recorded by {@link RescreenService}, oldest delta first, then full runs.
 *
 * <p><b>Delta</b> (a list update): once the new index is in force, delisted entities close their unresolved alerts
 * ({@code delisted on <date>}); every added or changed entity is screened against the {@link CustomerIndex}; each
 * customer found is screened again the ordinary way against the lists in force (stored with hashes and
 * explanations) and alerts open for the changed entities only. Each customer is one transaction with its progress
 * row, so a restart skips the customers already done.
 *
 * <p><b>Full</b>: the customer ids are split into parts (ranges of the uuid space), worked in parallel; each batch
 * of a part is one transaction that screens its customers, opens alerts, writes their progress rows and moves the
 * part's cursor. A crash loses at most the uncommitted batches, which are done again after the restart; the
 * progress table's primary key makes a second screening of a customer in one run fail instead of passing unseen.
 * Batches are claimed with {@code FOR UPDATE SKIP LOCKED}, so several service instances may work one run.
 *
 * <p>A pair (customer name, entity) that already has an alert of any state opens no new one in a re-screen: the
 * customer's data did not change, so an analyst's earlier decision stands. Only an entity that changed materially
 * (a list update) raises a decided pair again.
 */
@Component
public class RescreenWorker {
    private static final Logger log = LoggerFactory.getLogger(RescreenWorker.class);
    private static final String ACTOR = RescreenService.ACTOR;
    private static final String CUSTOMER_ROWS = "SELECT c.id, c.tenant_id, t.kind, c.current_version,"
            + " v.data::text AS data, v.derived::text AS derived FROM customer c"
            + " JOIN customer_version v ON v.customer_id = c.id AND v.version = c.current_version"
            + " JOIN tenant t ON t.id = c.tenant_id";

    private final RescreenRuns runs;
    private final RescreenProperties props;
    private final ListIndex lists;
    private final ListsProperties listsProps;
    private final CustomerIndex customers;
    private final ScreeningService screening;
    private final ScreeningProperties screeningProps;
    private final AlertService alerts;
    private final AllowListService allowList;
    private final RiskService risk;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final TransactionTemplate nested;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    private ScheduledExecutorService drainer;
    private final ExecutorService parts;
    private volatile boolean stopping;

    RescreenWorker(
            RescreenRuns runs,
            RescreenProperties props,
            ListIndex lists,
            ListsProperties listsProps,
            CustomerIndex customers,
            ScreeningService screening,
            ScreeningProperties screeningProps,
            AlertService alerts,
            AllowListService allowList,
            RiskService risk,
            AuditLog audit,
            ApplicationEventPublisher events,
            PlatformTransactionManager txManager,
            JdbcClient jdbc,
            JsonMapper json,
            Clock clock) {
        this.runs = runs;
        this.props = props;
        this.lists = lists;
        this.listsProps = listsProps;
        this.customers = customers;
        this.screening = screening;
        this.screeningProps = screeningProps;
        this.alerts = alerts;
        this.allowList = allowList;
        this.risk = risk;
        this.audit = audit;
        this.events = events;
        this.tx = new TransactionTemplate(txManager);
        this.nested = new TransactionTemplate(txManager);
        this.nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.parts = Executors.newFixedThreadPool(Math.max(1, props.threads()), r -> daemon(r, "rescreen-part"));
    }

    /** Starts the background worker (builds the reverse index, then polls); a no-op when disabled. */
    synchronized void start() {
        if (!props.worker() || drainer != null) {
            return;
        }
        drainer = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "rescreen-worker"));
        drainer.execute(() -> {
            try {
                customers.ensureBuilt();
            } catch (RuntimeException e) {
                log.error("Reverse customer index not built: {}", e.getMessage(), e);
            }
        });
        drainer.scheduleWithFixedDelay(this::drainQuietly, 0, props.poll().toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Asks the background worker to look for work now. */
    void kick() {
        ScheduledExecutorService d = drainer;
        if (d != null && !stopping) {
            d.execute(this::drainQuietly);
        }
    }

    @jakarta.annotation.PreDestroy
    synchronized void stop() throws InterruptedException {
        stopping = true;
        if (drainer != null) {
            drainer.shutdownNow();
            drainer.awaitTermination(30, TimeUnit.SECONDS);
        }
        parts.shutdownNow();
        parts.awaitTermination(30, TimeUnit.SECONDS);
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    private void drainQuietly() {
        try {
            drain();
        } catch (RuntimeException e) {
            log.error("Re-screen worker: {}", e.getMessage(), e);
        }
    }

    /** Works every open run this process can work now; returns how many were finished. */
    public synchronized int drain() {
        int finished = 0;
        for (RescreenRuns.Open run : runs.open()) {
            if (stopping) {
                break;
            }
            boolean done = run.kind().equals("delta") ? delta(run) : full(run);
            if (done) {
                finished++;
            } else if (run.kind().equals("full")) {
                break; // a full run continues on the next round; later runs wait for it
            }
        }
        return finished;
    }

    // ---- delta

    private boolean delta(RescreenRuns.Open run) {
        String inForce = lists.inForce().hashes().get(run.source());
        if (!run.afterHash().equals(inForce)
                && (inForce == null || !runs.laterDeltaTo(run.id(), run.source(), inForce))) {
            // the new index is not installed yet (the refresh commits first, then swaps), or this process's lists
            // are not those of the update
            return false;
        }
        Instant started = now();
        if (!Boolean.TRUE.equals(tx.execute(s -> {
            if (runs.lockRun(run.id()).isEmpty()) {
                return false;
            }
            runs.markStarted(run.id(), started);
            return true;
        }))) {
            return false;
        }
        SnapshotStore store = new SnapshotStore(listsProps.store(), listsProps.keep());
        ListSnapshot before;
        ListSnapshot after;
        try {
            after = store.load(run.source(), run.afterHash()).orElse(null);
            // a source's first snapshot is compared with nothing: every entity is added
            before = (run.beforeHash() == null || run.beforeHash().isEmpty()) && after != null
                    ? new ListSnapshot(run.source(), List.of(), "", after.fetchedAt(), Optional.empty(), "none", 0)
                    : store.load(run.source(), run.beforeHash()).orElse(null);
        } catch (ListParseException e) {
            before = null;
            after = null;
        }
        if (before == null || after == null) {
            String why = "the snapshots of " + run.source() + " are no longer in the store; request a full re-screen";
            tx.executeWithoutResult(s -> {
                runs.error(run.id(), why);
                finish(run, "failed");
            });
            return true;
        }
        SnapshotDiff diff = SnapshotDiff.between(before, after);
        LocalDate on = after.publishedAt()
                .orElse(LocalDate.ofInstant(run.startedAt() == null ? started : run.startedAt(), ZoneOffset.UTC));
        closeDelisted(run, diff, "delisted on " + on);

        Set<String> material = new HashSet<>();
        Set<String> immaterial = new HashSet<>();
        List<Entity> screened = new ArrayList<>(diff.added());
        for (Entity e : diff.added()) {
            material.add(e.id());
        }
        for (EntityChange c : diff.changed()) {
            screened.add(c.after());
            (c.isMaterial() ? material : immaterial).add(c.id());
        }
        // every transaction from this id on started after the new index was in force, so screened against it
        String horizon = jdbc.sql("SELECT pg_snapshot_xmax(pg_current_snapshot())::text")
                .query(String.class)
                .single();
        customers.catchUp();
        double threshold = screeningProps.threshold();
        ScreeningOptions reverse = ScreeningOptions.defaults()
                .withThreshold(threshold)
                .withMinScore(Math.min(props.reverseMinScore(), threshold))
                .withLimit(100_000)
                .withMaxCandidates(props.reverseCandidates());
        Map<UUID, Set<String>> found = new TreeMap<>();
        for (Entity e : screened) {
            for (CustomerIndex.Match m : customers.match(Party.of(e), reverse)) {
                found.computeIfAbsent(m.customerId(), k -> new HashSet<>()).add(m.subject());
            }
        }
        log.info(
                "Re-screen {}: {} entities screened against {}; {} customers to screen again",
                run.id(),
                screened.size(),
                customers.describe(),
                found.size());
        rescreenFound(run, found, material, immaterial);
        // customers written by transactions that began before the index swap and committed after the catch-up
        // may have been screened against the old lists: wait for those transactions, then screen them as well
        if (awaitHorizon(horizon) && customers.catchUp() > 0) {
            Set<UUID> late = customers.lastChanged();
            org.tollgate.screening.Screener few = customers.among(late);
            Map<UUID, Set<String>> more = new TreeMap<>();
            for (Entity e : screened) {
                Party p = Party.of(e);
                for (CustomerIndex.Match m :
                        CustomerIndex.matches(p, few.screen(p, reverse).hits())) {
                    more.computeIfAbsent(m.customerId(), k -> new HashSet<>()).add(m.subject());
                }
            }
            rescreenFound(run, more, material, immaterial);
        }
        if (stopping) {
            return false;
        }
        tx.executeWithoutResult(s -> {
            runs.lockRun(run.id());
            finish(run, "completed");
        });
        return true;
    }

    /** Waits (at most a minute) until every transaction below the horizon has ended. */
    private boolean awaitHorizon(String horizon) {
        long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (!stopping) {
            boolean passed = jdbc.sql("SELECT pg_snapshot_xmin(pg_current_snapshot()) >= CAST(:h AS xid8)")
                    .param("h", horizon)
                    .query(Boolean.class)
                    .single();
            if (passed) {
                return true;
            }
            if (System.nanoTime() > end) {
                log.warn("Re-screen: transactions older than the list update still open after a minute");
                return false;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    private void rescreenFound(
            RescreenRuns.Open run, Map<UUID, Set<String>> found, Set<String> material, Set<String> immaterial) {
        for (Map.Entry<UUID, Set<String>> f : found.entrySet()) {
            if (stopping) {
                return;
            }
            if (runs.screened(run.id(), f.getKey())) {
                continue; // done before a restart
            }
            try {
                tx.executeWithoutResult(s -> {
                    Map<UUID, int[]> counts = new HashMap<>();
                    List<Progress> done = new ArrayList<>();
                    for (CustomerRow c : rows("WHERE c.id = :id", Map.of("id", f.getKey()), 1)) {
                        done.add(screenOne(c, f.getValue(), material, immaterial, false, true, counts));
                    }
                    runs.progress(run.id(), done, now());
                    runs.count(run.id(), counts);
                });
            } catch (RuntimeException e) {
                tx.executeWithoutResult(s -> runs.error(run.id(), "customer " + f.getKey() + ": " + e.getMessage()));
            }
        }
    }

    private void closeDelisted(RescreenRuns.Open run, SnapshotDiff diff, String reason) {
        if (diff.removed().isEmpty()) {
            return;
        }
        List<String> ids = diff.removed().stream().map(Entity::id).toList();
        tx.executeWithoutResult(s -> {
            List<Alert> closed = alerts.closeDelisted(ids, reason, ACTOR);
            Map<UUID, int[]> counts = new HashMap<>();
            Set<UUID> reassess = new java.util.LinkedHashSet<>();
            for (Alert a : closed) {
                counts.computeIfAbsent(a.tenantId(), k -> new int[4])[2]++;
                reassess.add(a.customerId());
            }
            for (UUID id : reassess) {
                for (CustomerRow c : rows("WHERE c.id = :id", Map.of("id", id), 1)) {
                    risk.assess(c.scope(), c.tenantId(), c.id(), c.version(), c.data(), c.derived(), ACTOR);
                }
            }
            runs.count(run.id(), counts);
        });
    }

    // ---- full

    private boolean full(RescreenRuns.Open run) {
        tx.executeWithoutResult(s -> runs.markStarted(run.id(), now()));
        boolean reassessAll = run.trigger().equals("policy_changed");
        long sliceEnds = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        List<Future<?>> work = new ArrayList<>();
        for (RescreenRuns.Part p : runs.parts(run.id())) {
            if (!p.done()) {
                work.add(parts.submit(() -> workPart(run, p.part(), reassessAll, sliceEnds)));
            }
        }
        for (Future<?> f : work) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            } catch (java.util.concurrent.ExecutionException e) {
                log.error("Re-screen {}: {}", run.id(), e.getCause().getMessage(), e.getCause());
            }
        }
        Boolean finished = tx.execute(s -> {
            Optional<String> status = runs.lockRun(run.id());
            if (status.isEmpty() || !runs.allPartsDone(run.id()) || status.get().equals("completed")) {
                return false;
            }
            finish(run, "completed");
            return true;
        });
        return Boolean.TRUE.equals(finished);
    }

    private void workPart(RescreenRuns.Open run, int part, boolean reassessAll, long sliceEnds) {
        while (!stopping && System.nanoTime() < sliceEnds) {
            Boolean more = tx.execute(s -> {
                Optional<RescreenRuns.Part> locked = runs.lockPart(run.id(), part);
                if (locked.isEmpty() || locked.get().done()) {
                    return false; // another instance works it, or it is finished
                }
                RescreenRuns.Part p = locked.get();
                Map<String, Object> args = new HashMap<>();
                args.put("low", p.low());
                args.put("high", p.high());
                args.put("cursor", p.cursor());
                List<CustomerRow> batch = rows(
                        "WHERE c.id >= :low AND c.id <= :high AND (CAST(:cursor AS uuid) IS NULL OR c.id > :cursor)"
                                + " ORDER BY c.id",
                        args,
                        props.batchSize());
                Map<UUID, int[]> counts = new HashMap<>();
                List<Progress> done = new ArrayList<>();
                try {
                    // the fast path: the whole batch in one savepoint; a failure is rare, and then each customer
                    // is done again in a savepoint of its own, so one bad customer cannot stop the run
                    nested.executeWithoutResult(n -> {
                        for (CustomerRow c : batch) {
                            done.add(screenOne(c, null, Set.of(), Set.of(), reassessAll, false, counts));
                        }
                    });
                } catch (RuntimeException first) {
                    counts.clear();
                    done.clear();
                    for (CustomerRow c : batch) {
                        try {
                            nested.executeWithoutResult(
                                    n -> done.add(screenOne(c, null, Set.of(), Set.of(), reassessAll, false, counts)));
                        } catch (RuntimeException e) {
                            runs.error(run.id(), "customer " + c.id() + ": " + e.getMessage());
                        }
                    }
                }
                runs.progress(run.id(), done, now());
                runs.count(run.id(), counts);
                boolean last = batch.size() < props.batchSize();
                runs.movePart(
                        run.id(),
                        part,
                        batch.isEmpty()
                                ? p.cursor()
                                : batch.get(batch.size() - 1).id(),
                        last);
                return !last;
            });
            if (!Boolean.TRUE.equals(more)) {
                return;
            }
            if (!props.pause().isZero()) {
                try {
                    Thread.sleep(props.pause().toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    // ---- one customer

    /**
     * Screens one customer (in the caller's transaction) and opens the alerts due; returns its progress row.
     *
     * @param subjectKeys only these subjects (a delta), or null for all
     * @param storeClean whether subjects without hits are stored (a delta stores every re-screen it makes)
     * @param material entities whose alerts open even for a decided pair (delta); empty for a full run
     * @param immaterial entities changed immaterially: alerts only for pairs never alerted (delta)
     */
    private Progress screenOne(
            CustomerRow c,
            @Nullable Set<String> subjectKeys,
            Set<String> material,
            Set<String> immaterial,
            boolean reassessAlways,
            boolean storeClean,
            Map<UUID, int[]> counts) {
        List<ScreeningSubject> subjects = CustomerService.subjects(c.data());
        if (subjectKeys != null) {
            List<ScreeningSubject> some =
                    subjects.stream().filter(s -> subjectKeys.contains(s.key())).toList();
            // the customer changed since it was indexed: screen all its names
            subjects = some.isEmpty() ? subjects : some;
        }
        TenantScope scope = c.scope();
        List<SubjectScreening> results = screening.screenCustomer(
                c.tenantId(),
                c.id(),
                c.version(),
                subjects,
                ACTOR,
                (customer, entity) -> allowList.clears(scope, customer, entity),
                storeClean);
        List<SubjectScreening> due = due(scope, c.id(), results, subjectKeys != null, material, immaterial);
        List<Alert> raised = alerts.raise(scope, c.tenantId(), c.id(), due, ACTOR);
        if (!raised.isEmpty() || reassessAlways) {
            risk.assess(scope, c.tenantId(), c.id(), c.version(), c.data(), c.derived(), ACTOR);
        }
        int[] n = counts.computeIfAbsent(c.tenantId(), k -> new int[4]);
        n[0]++;
        n[1] += raised.size();
        return new Progress(c.id(), c.tenantId(), raised.size());
    }

    /** A customer screened in a run, for its progress row. */
    record Progress(UUID customerId, UUID tenantId, int newAlerts) {}

    /** The screenings with only the hits that may open an alert in a re-screen (see the class comment). */
    private List<SubjectScreening> due(
            TenantScope scope,
            UUID customerId,
            List<SubjectScreening> results,
            boolean delta,
            Set<String> material,
            Set<String> immaterial) {
        if (results.stream().allMatch(s -> s.alerts().isEmpty())) {
            return List.of();
        }
        Set<String> alerted = new HashSet<>();
        for (Alert a : alerts.forCustomer(scope, customerId)) {
            alerted.add(a.subjectName() + "\u0000" + a.entityId());
        }
        List<SubjectScreening> out = new ArrayList<>();
        for (SubjectScreening s : results) {
            List<HitView> keep = new ArrayList<>();
            for (HitView h : s.alerts()) {
                boolean known = alerted.contains(s.subject().name() + "\u0000" + h.entityId());
                boolean ok = delta
                        ? material.contains(h.entityId()) || (immaterial.contains(h.entityId()) && !known)
                        : !known;
                if (ok) {
                    keep.add(h);
                }
            }
            if (!keep.isEmpty()) {
                out.add(new SubjectScreening(s.id(), s.subject(), keep, s.suppressed()));
            }
        }
        return out;
    }

    private void finish(RescreenRuns.Open run, String status) {
        runs.finish(run.id(), status, lists.inForce().hashes(), now());
        RescreenRun r = runs.find(run.id()).orElseThrow();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("kind", r.kind());
        details.put("trigger", r.trigger());
        details.put("status", r.status());
        details.put("screened", r.screened());
        details.put("new_alerts", r.newAlerts());
        details.put("closed_alerts", r.closedAlerts());
        details.put("reopened_allow_list", r.reopenedAllowList());
        details.put("errors", r.errorCount());
        details.put("duration_ms", r.durationMs() == null ? 0 : r.durationMs());
        details.put("snapshots_after", r.snapshotsAfter() == null ? Map.of() : r.snapshotsAfter());
        audit.append(
                new AuditEntry(null, ACTOR, "rescreen." + status, "rescreen_run", String.valueOf(run.id()), details));
        events.publishEvent(new RescreenCompleted(r, runs.byTenant(run.id())));
        log.info(
                "Re-screen {} ({} {}) {}: {} screened, {} new alerts, {} closed, {} allow-list entries re-opened,"
                        + " {} errors, {} ms",
                r.id(),
                r.kind(),
                r.trigger(),
                r.status(),
                r.screened(),
                r.newAlerts(),
                r.closedAlerts(),
                r.reopenedAllowList(),
                r.errorCount(),
                r.durationMs());
    }

    /** A customer's current version, read for screening. */
    private record CustomerRow(
            UUID id, UUID tenantId, TenantKind kind, int version, CustomerData data, Derived derived) {
        /** The customer's own tenant as a scope: a system job acts for one tenant at a time. */
        TenantScope scope() {
            return new TenantScope(tenantId, kind, Set.of(tenantId));
        }
    }

    private List<CustomerRow> rows(String where, Map<String, ?> args, int limit) {
        var q = jdbc.sql(CUSTOMER_ROWS + " " + where + " LIMIT :limit").param("limit", limit);
        for (Map.Entry<String, ?> e : args.entrySet()) {
            q = q.param(e.getKey(), e.getValue());
        }
        return q.query((rs, n) -> new CustomerRow(
                        rs.getObject("id", UUID.class),
                        rs.getObject("tenant_id", UUID.class),
                        TenantKind.ofCode(rs.getString("kind")),
                        rs.getInt("current_version"),
                        json.readValue(rs.getString("data"), CustomerData.class),
                        json.readValue(rs.getString("derived"), Derived.class)))
                .list();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
