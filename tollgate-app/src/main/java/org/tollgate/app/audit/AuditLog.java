package org.tollgate.app.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
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
 * <p>A transaction's records are written together just before it commits, serialized by a row lock on the chain
 * head ({@code SELECT ... FOR UPDATE} on {@code audit_chain_head}): the writer takes the next sequence numbers and
 * links to the head's hash; a concurrent writer waits until the first commits (or rolls back, releasing the numbers).
 * So the lock is held only for the last moments of a transaction, wherever in it the appends were made.
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

    /**
     * Appends a record in the caller's transaction (there must be one). The record is written when the transaction
     * commits, together with every other record the transaction appended: one lock of the chain head, one insert and
     * one head update per transaction instead of per record, and the lock is held only from then until the commit
     * rather than from the first append (which often came before the screening) to the end. If the transaction rolls
     * back, nothing is written.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void append(AuditEntry e) {
        // serialized now, so the record is what the caller described at this point and bad details fail here
        String details = CANONICAL.writeValueAsString(e.details());
        Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            pending = new Pending();
            TransactionSynchronizationManager.bindResource(this, pending);
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        if (pending.written) {
            // appended by a synchronization that runs after ours, just before the commit: the lock is already held
            write(List.of(new PendingEntry(e, details)));
        } else {
            pending.entries.add(new PendingEntry(e, details));
        }
    }

    /** The records one transaction appended, written just before it commits. */
    private final class Pending implements TransactionSynchronization {
        final List<PendingEntry> entries = new ArrayList<>();
        boolean written;

        @Override
        public void beforeCommit(boolean readOnly) {
            written = true;
            write(entries);
            entries.clear();
        }

        // an inner transaction (REQUIRES_NEW) appends to its own batch, not to this one
        @Override
        public void suspend() {
            TransactionSynchronizationManager.unbindResourceIfPossible(AuditLog.this);
        }

        @Override
        public void resume() {
            TransactionSynchronizationManager.bindResource(AuditLog.this, this);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(AuditLog.this);
        }
    }

    private record PendingEntry(AuditEntry entry, String details) {}

    /**
     * Writes a transaction's records: locks the head, chains the records in the order they were appended, and inserts
     * them and moves the head in one statement.
     */
    private void write(List<PendingEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        Head head = jdbc.sql("SELECT seq, hash FROM audit_chain_head WHERE id = 1 FOR UPDATE")
                .query((rs, n) -> new Head(rs.getLong("seq"), rs.getString("hash")))
                .single();
        int n = entries.size();
        Long[] seqs = new Long[n];
        UUID[] tenants = new UUID[n];
        String[] actors = new String[n];
        String[] actions = new String[n];
        String[] stypes = new String[n];
        String[] sids = new String[n];
        String[] details = new String[n];
        String[] prevs = new String[n];
        String[] hashes = new String[n];
        long seq = head.seq();
        String prev = head.hash();
        // taken under the lock, so times never go backwards along the chain (unless the clock does)
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        for (int i = 0; i < n; i++) {
            AuditEntry e = entries.get(i).entry();
            seq++;
            String hash = AuditChain.hash(AuditChain.canonical(
                    seq,
                    at,
                    e.tenantId(),
                    e.actor(),
                    e.action(),
                    e.subjectType(),
                    e.subjectId(),
                    entries.get(i).details(),
                    prev));
            seqs[i] = seq;
            tenants[i] = e.tenantId();
            actors[i] = e.actor();
            actions[i] = e.action();
            stypes[i] = e.subjectType();
            sids[i] = e.subjectId();
            details[i] = entries.get(i).details();
            prevs[i] = prev;
            hashes[i] = hash;
            prev = hash;
        }
        // one round trip: the rows as arrays, unnested into the table, and the head moved in the same statement
        jdbc.sql("WITH inserted AS (INSERT INTO audit_event (seq, at, tenant_id, actor, action, subject_type,"
                        + " subject_id, details, prev_hash, hash) SELECT r.seq, :at, r.tenant, r.actor, r.action,"
                        + " r.stype, r.sid, r.details, r.prev, r.hash FROM unnest(CAST(:seq AS bigint[]),"
                        + " CAST(:tenant AS uuid[]), CAST(:actor AS text[]), CAST(:action AS text[]),"
                        + " CAST(:stype AS text[]), CAST(:sid AS text[]), CAST(:details AS text[]),"
                        + " CAST(:prev AS text[]), CAST(:hash AS text[]))"
                        + " AS r (seq, tenant, actor, action, stype, sid, details, prev, hash))"
                        + " UPDATE audit_chain_head SET seq = :last, hash = :lastHash WHERE id = 1")
                .param("seq", seqs)
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .param("tenant", tenants)
                .param("actor", actors)
                .param("action", actions)
                .param("stype", stypes)
                .param("sid", sids)
                .param("details", details)
                .param("prev", prevs)
                .param("hash", hashes)
                .param("last", seq)
                .param("lastHash", prev)
                .update();
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
