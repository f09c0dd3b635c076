package org.tollgate.app.retention;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tollgate.app.access.AccessEventRepository;
import org.tollgate.app.audit.AuditEntry;
import org.tollgate.app.audit.AuditLog;

/**
 * The retention purge: deletes the records whose retention period ({@link RetentionProperties}) has run out, and
 * nothing younger, in one transaction that also appends a {@code retention.purged} record with the counts per class
 * to the audit chain (the audit log itself is never purged).
 *
 * <p>Record classes and when a record expires:
 *
 * <ul>
 *   <li><b>identity</b> — a <em>closed</em> customer's versions (the identification data), its stored idempotent
 *       responses and its declared country, once both the closing and the last access (the latest access event or
 *       change of the customer) lie more than the identity period back and no alert of it awaits a decision. An open
 *       account's identity is kept. The
 *       customer row stays as a tombstone without personal data while screening evidence refers to it.
 *   <li><b>screening_evidence</b> — decided alerts (true match, false positive) and their actions, screening results
 *       no kept alert refers to, risk assessments, and allow-list entries no longer in force, once last changed more
 *       than the evidence period back. What is still in force is kept whatever its age: unresolved alerts, the
 *       screening results and the latest risk assessment of a customer whose identity is kept, active allow-list
 *       entries.
 *   <li><b>access_log</b> — access events older than the access-log period (the access package's purge).
 *   <li><b>idempotency_keys</b> — stored responses older than their period.
 * </ul>
 *
 * <p>{@code customer_version} refuses DELETE by trigger except in a transaction that set {@code
 * tollgate.retention_purge = 'on'} (migration V700); only this purge sets it, for its own transaction.
 */
@Service
@EnableConfigurationProperties(RetentionProperties.class)
public class RetentionService {
    private static final Logger log = LoggerFactory.getLogger(RetentionService.class);

    /** At most this many purged customer ids go into the audit record (the count is always complete). */
    static final int MAX_IDS_AUDITED = 1000;

    private final JdbcClient jdbc;
    private final AccessEventRepository accessEvents;
    private final AuditLog audit;
    private final RetentionProperties props;
    private final TransactionTemplate tx;
    private final Clock clock;

    RetentionService(
            JdbcClient jdbc,
            AccessEventRepository accessEvents,
            AuditLog audit,
            RetentionProperties props,
            PlatformTransactionManager txManager,
            Clock clock) {
        this.jdbc = jdbc;
        this.accessEvents = accessEvents;
        this.audit = audit;
        this.props = props;
        this.tx = new TransactionTemplate(txManager);
        this.clock = clock;
    }

    public RetentionProperties policy() {
        return props;
    }

    /**
     * Runs the purge now.
     *
     * @param actor who runs it, for the audit record ({@code system:retention}, {@code api-key:...})
     * @param dryRun count what would be deleted, delete nothing and write no audit record
     */
    public PurgeReport purge(String actor, boolean dryRun) {
        PurgeReport r = tx.execute(status -> {
            PurgeReport report = run(clock.instant().truncatedTo(ChronoUnit.MICROS), actor, dryRun);
            if (dryRun) {
                // the same statements as a real purge, undone: the counts are exact
                status.setRollbackOnly();
            }
            return report;
        });
        log.info(
                "retention purge{} by {}: identity {} customers ({} rows), screening evidence {}, access log {},"
                        + " idempotency keys {}",
                dryRun ? " (dry run)" : "",
                actor,
                r.identityPurged().size(),
                r.total("identity"),
                r.total("screening_evidence"),
                r.total("access_log"),
                r.total("idempotency_keys"));
        return r;
    }

    private PurgeReport run(Instant now, String actor, boolean dryRun) {
        jdbc.sql("SELECT set_config('tollgate.retention_purge', 'on', true)")
                .query()
                .singleRow();
        Instant identityCut = minus(now, props.identity());
        Instant evidenceCut = minus(now, props.screeningEvidence());
        Instant accessCut = minus(now, props.accessLog());
        Instant idempotencyCut = minus(now, props.idempotencyKeys());
        Map<String, Instant> cutoffs = new LinkedHashMap<>();
        cutoffs.put("identity", identityCut);
        cutoffs.put("screening_evidence", evidenceCut);
        cutoffs.put("access_log", accessCut);
        cutoffs.put("idempotency_keys", idempotencyCut);
        Map<String, Map<String, Long>> deleted = new LinkedHashMap<>();

        // identity: closed accounts neither closed nor accessed since the cutoff
        List<UUID> expired = jdbc.sql("SELECT c.id FROM customer c WHERE c.status = 'closed'"
                        + " AND c.identity_purged_at IS NULL AND c.closed_at < :cut AND c.updated_at < :cut"
                        + " AND NOT EXISTS (SELECT 1 FROM access_event e WHERE e.tenant_id = c.tenant_id"
                        + " AND e.customer_id = c.id AND e.at >= :cut)"
                        // an alert still to be decided needs the identity data it is about
                        + " AND NOT EXISTS (SELECT 1 FROM alert a WHERE a.customer_id = c.id"
                        + " AND a.status IN ('open', 'pending_confirmation', 'escalated'))"
                        + " ORDER BY c.id FOR UPDATE OF c")
                .param("cut", ts(identityCut))
                .query(UUID.class)
                .list();
        Map<String, Long> identity = new LinkedHashMap<>();
        UUID[] ids = expired.toArray(UUID[]::new);
        identity.put("customer_version", delete("DELETE FROM customer_version WHERE customer_id = ANY(:ids)", ids));
        identity.put("idempotency_key", (long) jdbc.sql("DELETE FROM idempotency_key WHERE location = ANY(:locations)")
                .param(
                        "locations",
                        expired.stream().map(id -> "/api/v1/customers/" + id).toArray(String[]::new))
                .update());
        jdbc.sql("UPDATE customer SET identity_purged_at = :now WHERE id = ANY(:ids)")
                .param("now", ts(now))
                .param("ids", ids)
                .update();
        deleted.put("identity", identity);

        // screening evidence: what is no longer in force and was last changed before the cutoff
        Map<String, Long> evidence = new LinkedHashMap<>();
        String expiredAlerts = "SELECT a.id FROM alert a WHERE a.status IN ('true_match', 'false_positive')"
                + " AND greatest(a.created_at, a.decided_at, a.confirmed_at) < :cut"
                + " AND NOT EXISTS (SELECT 1 FROM alert_action x WHERE x.alert_id = a.id AND x.at >= :cut)";
        evidence.put(
                "alert_action", (long) jdbc.sql("DELETE FROM alert_action WHERE alert_id IN (" + expiredAlerts + ")")
                        .param("cut", ts(evidenceCut))
                        .update());
        evidence.put("alert", (long) jdbc.sql("DELETE FROM alert WHERE id IN (" + expiredAlerts + ")")
                .param("cut", ts(evidenceCut))
                .update());
        evidence.put("screening_result", (long) jdbc.sql("DELETE FROM screening_result s WHERE s.screened_at < :cut"
                        + " AND NOT EXISTS (SELECT 1 FROM alert a WHERE a.screening_id = s.id)"
                        + " AND NOT EXISTS (SELECT 1 FROM customer c WHERE c.id = s.customer_id"
                        + " AND c.identity_purged_at IS NULL AND c.current_version = s.customer_version)")
                .param("cut", ts(evidenceCut))
                .update());
        evidence.put("risk_assessment", (long) jdbc.sql("DELETE FROM risk_assessment r WHERE r.assessed_at < :cut"
                        + " AND (EXISTS (SELECT 1 FROM customer c WHERE c.id = r.customer_id"
                        + " AND c.identity_purged_at IS NOT NULL)"
                        + " OR EXISTS (SELECT 1 FROM risk_assessment n WHERE n.customer_id = r.customer_id"
                        + " AND n.assessed_at > r.assessed_at))")
                .param("cut", ts(evidenceCut))
                .update());
        evidence.put("allow_list_entry", (long) jdbc.sql("DELETE FROM allow_list_entry WHERE NOT (status = 'active'"
                        + " AND (expires_at IS NULL OR expires_at > :now))"
                        + " AND greatest(created_at, reopened_at, expires_at, expiry_changed_at, revoked_at) < :cut")
                .param("now", ts(now))
                .param("cut", ts(evidenceCut))
                .update());
        // the tombstone of a purged identity goes with the last evidence that refers to it
        evidence.put("customer", (long) jdbc.sql("DELETE FROM customer c WHERE c.identity_purged_at IS NOT NULL"
                        + " AND NOT EXISTS (SELECT 1 FROM customer_version v WHERE v.customer_id = c.id)"
                        + " AND NOT EXISTS (SELECT 1 FROM screening_result s WHERE s.customer_id = c.id)"
                        + " AND NOT EXISTS (SELECT 1 FROM alert a WHERE a.customer_id = c.id)"
                        + " AND NOT EXISTS (SELECT 1 FROM risk_assessment r WHERE r.customer_id = c.id)"
                        + " AND NOT EXISTS (SELECT 1 FROM allow_list_entry l WHERE l.customer_id = c.id)")
                .update());
        deleted.put("screening_evidence", evidence);

        // the access log: the access package's own purge (it also drops whole old partitions)
        long events = dryRun
                ? jdbc.sql("SELECT count(*) FROM access_event WHERE at < :cut")
                        .param("cut", ts(accessCut))
                        .query(Long.class)
                        .single()
                : accessEvents.purgeBefore(accessCut);
        deleted.put("access_log", Map.of("access_event", events));

        deleted.put("idempotency_keys", Map.of("idempotency_key", (long)
                jdbc.sql("DELETE FROM idempotency_key WHERE created_at < :cut")
                        .param("cut", ts(idempotencyCut))
                        .update()));
        jdbc.sql("SELECT set_config('tollgate.retention_purge', 'off', true)")
                .query()
                .singleRow();

        if (!dryRun) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("deleted", deleted);
            Map<String, String> cuts = new LinkedHashMap<>();
            cutoffs.forEach((k, v) -> cuts.put(k, v.toString()));
            details.put("cutoffs", cuts);
            details.put("identity_purged", expired.size());
            details.put(
                    "identity_purged_ids",
                    expired.stream().limit(MAX_IDS_AUDITED).map(UUID::toString).toList());
            audit.append(new AuditEntry(
                    null,
                    actor,
                    "retention.purged",
                    "retention_purge",
                    UUID.randomUUID().toString(),
                    details));
        }
        return new PurgeReport(now, dryRun, cutoffs, deleted, List.copyOf(expired), !dryRun);
    }

    private long delete(String sql, UUID[] ids) {
        return ids.length == 0 ? 0 : jdbc.sql(sql).param("ids", ids).update();
    }

    /** The instant a period before {@code now}, counted in calendar terms (years, months, days) in UTC. */
    static Instant minus(Instant now, Period period) {
        return now.atOffset(ZoneOffset.UTC).minus(period).toInstant();
    }

    private static OffsetDateTime ts(Instant i) {
        return OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
    }
}
