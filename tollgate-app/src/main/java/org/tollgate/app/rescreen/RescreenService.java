package org.tollgate.app.rescreen;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.tollgate.app.allowlist.AllowListService;
import org.tollgate.app.audit.AuditEntry;
import org.tollgate.app.audit.AuditLog;
import org.tollgate.app.auth.Caller;
import org.tollgate.app.lists.ListChangeAccepted;
import org.tollgate.app.lists.ListIndex;
import org.tollgate.app.risk.RiskService;
import org.tollgate.app.screening.ScreeningProperties;
import org.tollgate.app.tenant.TenantScope;
import org.tollgate.app.web.ApiProblem;
import org.tollgate.screening.ScreeningEngine;

/**
 * Starts re-screening runs: a delta run for every accepted list update with a non-empty diff (recorded in the
 * update's own transaction, together with the allow-list entries it re-opens, so an accepted update is never left
 * without its re-screen), and full runs — on request, periodically ({@code tollgate.rescreen.full-period}, weekly by
 * default) and whenever the engine version, the alert threshold or the risk policy version differs from the one
 * the last full run (or the installation) used. The {@link RescreenWorker} works them.
 */
@Service
@EnableConfigurationProperties(RescreenProperties.class)
public class RescreenService {
    private static final Logger log = LoggerFactory.getLogger(RescreenService.class);
    static final String ACTOR = "system:rescreen";

    private final RescreenRuns runs;
    private final RescreenProperties props;
    private final ListIndex lists;
    private final ScreeningProperties screening;
    private final RiskService risk;
    private final AllowListService allowList;
    private final AuditLog audit;
    private final Clock clock;
    private final RescreenWorker worker;

    RescreenService(
            RescreenRuns runs,
            RescreenProperties props,
            ListIndex lists,
            ScreeningProperties screening,
            RiskService risk,
            AllowListService allowList,
            AuditLog audit,
            Clock clock,
            RescreenWorker worker) {
        this.runs = runs;
        this.props = props;
        this.lists = lists;
        this.screening = screening;
        this.risk = risk;
        this.allowList = allowList;
        this.audit = audit;
        this.clock = clock;
        this.worker = worker;
    }

    /**
     * In the list refresh's transaction: re-opens the allow-list entries of entities changed materially or removed,
     * and records the delta run that will screen the change once the new index is in force. A source's first
     * snapshot is a change too (every entity added, trigger {@code source_added}) when there are customers already.
     */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void onListChangeAccepted(ListChangeAccepted e) {
        boolean added = e.previousHash().isEmpty();
        if (added && runs.customerCount() == 0) {
            return; // a new installation's first lists: there is nobody to screen again yet
        }
        String why = "list entity changed materially (" + e.source() + " "
                + e.newHash().substring(0, 12) + ")";
        int reopened = allowList.reopenForEntities(e.materialIds(), why);
        long id = runs.create(
                "delta",
                added ? "source_added" : "list_update",
                e.source(),
                e.previousHash(),
                e.newHash(),
                lists.inForce().hashes(),
                ScreeningEngine.VERSION,
                screening.threshold(),
                risk.policy().version(),
                e.diff().added().size(),
                e.diff().changed().size(),
                e.diff().removed().size(),
                null,
                0,
                ACTOR,
                now());
        if (reopened > 0) {
            runs.count(id, runs.reopenedByTenant(why));
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("kind", "delta");
        details.put("source", e.source());
        details.put("before_hash", e.previousHash());
        details.put("after_hash", e.newHash());
        details.put("added", e.diff().added().size());
        details.put("changed", e.diff().changed().size());
        details.put("removed", e.diff().removed().size());
        details.put("reopened_allow_list", reopened);
        audit.append(new AuditEntry(null, ACTOR, "rescreen.requested", "rescreen_run", String.valueOf(id), details));
        kickAfterCommit();
    }

    /** A full re-screen requested by a provider admin; answers the run (409 while one is open). */
    @Transactional
    public RescreenRun requestFull(Caller caller, TenantScope scope) {
        if (!scope.isProvider() || !caller.isAdmin()) {
            throw ApiProblem.forbidden("only the provider's admins start a full re-screen");
        }
        if (runs.fullOpen()) {
            throw ApiProblem.conflict("a full re-screen is already pending or running");
        }
        long id = createFull("manual", caller.actor());
        kickAfterCommit();
        return runs.find(id).orElseThrow();
    }

    /** A full re-screen started by a system job or a benchmark (no caller); returns the run id. */
    @Transactional
    public long requestFull(String trigger, String actor) {
        long id = createFull(trigger, actor);
        kickAfterCommit();
        return id;
    }

    /**
     * Starts a full run when the screening settings changed since the last one, or when the period has passed.
     * Called at start and then hourly by the worker; returns the run started, if any.
     */
    @Transactional
    public Optional<Long> checkTriggers() {
        String engine = ScreeningEngine.VERSION;
        double threshold = screening.threshold();
        String policy = risk.policy().version();
        Optional<RescreenRuns.Settings> s = runs.settings();
        Instant now = now();
        if (s.isEmpty()) {
            // a new installation: everyone is screened at onboarding under these settings
            runs.saveSettings(engine, threshold, policy, now);
            return Optional.empty();
        }
        RescreenRuns.Settings last = s.get();
        String trigger = !last.engineVersion().equals(engine)
                ? "engine_changed"
                : last.threshold() != threshold
                        ? "threshold_changed"
                        : !last.policyVersion().equals(policy) ? "policy_changed" : null;
        if (trigger == null) {
            if (runs.fullOpen()) {
                return Optional.empty();
            }
            Instant since = runs.lastFullCreated().orElse(last.updatedAt());
            if (since.plus(props.fullPeriod()).isAfter(now)) {
                return Optional.empty();
            }
            trigger = "schedule";
        }
        runs.saveSettings(engine, threshold, policy, now);
        long id = createFull(trigger, ACTOR);
        log.info("Full re-screen {} started: {}", id, trigger);
        return Optional.of(id);
    }

    private long createFull(String trigger, String actor) {
        int total = runs.customerCount();
        long id = runs.create(
                "full",
                trigger,
                null,
                null,
                null,
                lists.inForce().hashes(),
                ScreeningEngine.VERSION,
                screening.threshold(),
                risk.policy().version(),
                null,
                null,
                null,
                total,
                0,
                actor,
                now());
        runs.createParts(id, Math.max(1, props.threads()));
        audit.append(new AuditEntry(
                null,
                actor,
                "rescreen.requested",
                "rescreen_run",
                String.valueOf(id),
                Map.of("kind", "full", "trigger", trigger, "customers", total)));
        return id;
    }

    /** Runs visible to the caller, newest first. */
    public List<RescreenRun> list(TenantScope scope, int limit) {
        return runs.list(scope, null, limit);
    }

    /** One run (404 when unknown). */
    public RescreenRun get(TenantScope scope, long id) {
        return runs.list(scope, id, 1).stream().findFirst().orElseThrow(() -> ApiProblem.notFound("re-screen run", id));
    }

    private void kickAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    worker.kick();
                }
            });
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    static @Nullable String shortHash(@Nullable String h) {
        return h == null || h.length() < 12 ? h : h.substring(0, 12);
    }
}
