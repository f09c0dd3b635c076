package org.tollgate.app.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.tollgate.app.tenant.TenantScope;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The append-only, hash-chained audit log. Every write of the service calls {@link #append} inside its own
 * transaction, so the record commits or rolls back with the change it describes.
 *
 * <p>Appends are serialized by a row lock on the chain head ({@code SELECT ... FOR UPDATE} on {@code
 * audit_chain_head}): a writer takes the next sequence number and links to the head's hash; a concurrent writer waits
 * until the first commits (or rolls back, releasing the number). Keep the append near the end of a transaction: the
 * lock is held until commit.
 */
@Service
public class AuditLog {
    private static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() {};

    /** Canonical JSON for details: map keys and record components sorted, no whitespace. */
    private static final JsonMapper CANONICAL = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .build();

    private final JdbcClient jdbc;
    private final JdbcTemplate streaming;
    private final TransactionTemplate readOnly;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager tx, Clock clock) {
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(1000);
        this.readOnly = new TransactionTemplate(tx);
        this.readOnly.setReadOnly(true);
        this.clock = clock;
    }

    /** Appends a record in the caller's transaction (there must be one) and returns it as stored. */
    @Transactional(propagation = Propagation.MANDATORY)
    public AuditRecord append(AuditEntry e) {
        Head head = jdbc.sql("SELECT seq, hash FROM audit_chain_head WHERE id = 1 FOR UPDATE")
                .query((rs, n) -> new Head(rs.getLong("seq"), rs.getString("hash")))
                .single();
        long seq = head.seq() + 1;
        // taken under the lock, so times never go backwards along the chain (unless the clock does)
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String details = CANONICAL.writeValueAsString(e.details());
        String hash = AuditChain.hash(AuditChain.canonical(
                seq, at, e.tenantId(), e.actor(), e.action(), e.subjectType(), e.subjectId(), details, head.hash()));
        jdbc.sql("INSERT INTO audit_event (seq, at, tenant_id, actor, action, subject_type, subject_id, details,"
                        + " prev_hash, hash) VALUES (:seq, :at, :tenant, :actor, :action, :stype, :sid, :details,"
                        + " :prev, :hash)")
                .param("seq", seq)
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .param("tenant", e.tenantId())
                .param("actor", e.actor())
                .param("action", e.action())
                .param("stype", e.subjectType())
                .param("sid", e.subjectId())
                .param("details", details)
                .param("prev", head.hash())
                .param("hash", hash)
                .update();
        jdbc.sql("UPDATE audit_chain_head SET seq = :seq, hash = :hash WHERE id = 1")
                .param("seq", seq)
                .param("hash", hash)
                .update();
        return new AuditRecord(
                seq,
                at,
                e.tenantId(),
                e.actor(),
                e.action(),
                e.subjectType(),
                e.subjectId(),
                CANONICAL.readValue(details, DETAILS),
                head.hash(),
                hash);
    }

    /**
     * Records visible in {@code scope}, newest first. A provider also sees records that belong to no tenant.
     *
     * @param query filters; null fields do not filter
     */
    public List<AuditRecord> find(TenantScope scope, AuditQuery query) {
        StringBuilder sql = new StringBuilder("SELECT * FROM audit_event WHERE (tenant_id = ANY(:visible)");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("visible", scope.ids());
        sql.append(scope.isProvider() ? " OR tenant_id IS NULL)" : ")");
        if (query.subjectType() != null) {
            sql.append(" AND subject_type = :stype");
            params.put("stype", query.subjectType());
        }
        if (query.subjectId() != null) {
            sql.append(" AND subject_id = :sid");
            params.put("sid", query.subjectId());
        }
        if (query.action() != null) {
            sql.append(" AND action = :action");
            params.put("action", query.action());
        }
        if (query.from() != null) {
            sql.append(" AND at >= :from");
            params.put("from", OffsetDateTime.ofInstant(query.from(), ZoneOffset.UTC));
        }
        if (query.to() != null) {
            sql.append(" AND at < :to");
            params.put("to", OffsetDateTime.ofInstant(query.to(), ZoneOffset.UTC));
        }
        if (query.beforeSeq() != null) {
            sql.append(" AND seq < :before");
            params.put("before", query.beforeSeq());
        }
        sql.append(" ORDER BY seq DESC LIMIT :limit");
        params.put("limit", query.limit());
        return jdbc.sql(sql.toString()).params(params).query(AuditLog::map).list();
    }

    /** Walks the whole chain in order and reports the first broken link, if any. */
    public ChainVerification verify() {
        return readOnly.execute(status -> {
            Walk walk = new Walk();
            streaming.query("SELECT * FROM audit_event ORDER BY seq", rs -> {
                if (walk.brokenAt != null) {
                    return; // the first break is the one that matters; later links hang on it
                }
                walk.check(map(rs, 0), rs.getString("details"));
            });
            if (walk.brokenAt == null) {
                Head head = jdbc.sql("SELECT seq, hash FROM audit_chain_head WHERE id = 1")
                        .query((rs, n) -> new Head(rs.getLong("seq"), rs.getString("hash")))
                        .single();
                if (head.seq() != walk.lastSeq || !head.hash().equals(walk.lastHash)) {
                    walk.brokenAt = walk.lastSeq + 1;
                    walk.problem = "the chain head points at record " + head.seq() + " but the log ends at record "
                            + walk.lastSeq + " (records were removed from the end)";
                }
            }
            return new ChainVerification(
                    walk.brokenAt == null, walk.count, walk.lastSeq, walk.lastHash, walk.brokenAt, walk.problem);
        });
    }

    private record Head(long seq, String hash) {}

    /** The state of a verification pass. */
    private static final class Walk {
        long count;
        long lastSeq;
        String lastHash = AuditChain.GENESIS;

        @Nullable
        Long brokenAt;

        @Nullable
        String problem;

        void check(AuditRecord r, String storedDetails) {
            count++;
            if (r.seq() != lastSeq + 1) {
                brokenAt = lastSeq + 1;
                problem = "record " + (lastSeq + 1) + " is missing (the next record is " + r.seq() + ")";
                return;
            }
            if (!r.prevHash().equals(lastHash)) {
                brokenAt = r.seq();
                problem = "record " + r.seq() + " does not link to record " + lastSeq
                        + " (its prev_hash differs from that record's hash)";
                return;
            }
            String recomputed = AuditChain.hash(AuditChain.canonical(
                    r.seq(),
                    r.at(),
                    r.tenantId(),
                    r.actor(),
                    r.action(),
                    r.subjectType(),
                    r.subjectId(),
                    storedDetails,
                    r.prevHash()));
            if (!recomputed.equals(r.hash())) {
                brokenAt = r.seq();
                problem = "record " + r.seq() + " was altered (its content does not match its hash)";
                return;
            }
            lastSeq = r.seq();
            lastHash = r.hash();
        }
    }

    private static AuditRecord map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Map<String, Object> details;
        try {
            details = CANONICAL.readValue(rs.getString("details"), DETAILS);
        } catch (tools.jackson.core.JacksonException e) {
            details = Map.of("unreadable", rs.getString("details"));
        }
        return new AuditRecord(
                rs.getLong("seq"),
                rs.getObject("at", OffsetDateTime.class).toInstant(),
                rs.getObject("tenant_id", UUID.class),
                rs.getString("actor"),
                rs.getString("action"),
                rs.getString("subject_type"),
                rs.getString("subject_id"),
                details,
                rs.getString("prev_hash"),
                rs.getString("hash"));
    }
}
