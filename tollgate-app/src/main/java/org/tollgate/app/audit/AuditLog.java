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
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
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
 * <p>A transaction's records are written together just before it commits, into {@code audit_pending}, without any
 * lock: a commit never waits behind another's. Right after the commit the {@link AuditSequencer} <em>seals</em> them:
 * under the chain head's row lock ({@code SELECT ... FOR UPDATE} on {@code audit_chain_head}) it moves committed
 * pending records, in the order they were written, into {@code audit_event}, giving each the next sequence number
 * and the hash that links it to the one before. Sealing is one transaction per batch of up to {@value #SEAL_BATCH}
 * records, so many concurrent writes share one lock and one WAL flush. Every read of the log ({@link #find},
 * {@link #verify}) seals first, so it sees every committed record.
 *
 * <p>Before, each transaction took the head lock itself and held it through its commit's WAL flush: when the disk was
 * slow (a checkpoint) every writer waited behind the one committing.
 */
@Service
public class AuditLog {
    private static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() {};

    /** Canonical JSON for details: map keys and record components sorted, no whitespace. */
    private static final JsonMapper CANONICAL = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .build();

    /** Records sealed per transaction at most. */
    static final int SEAL_BATCH = 2000;

    private final JdbcClient jdbc;
    private final JdbcTemplate streaming;
    private final TransactionTemplate readOnly;
    private final TransactionTemplate sealing;
    private final Clock clock;
    /** Released after each commit that wrote records: the sequencer's cue. */
    private final Semaphore committed = new Semaphore(0);

    AuditLog(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager tx, Clock clock) {
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(1000);
        this.readOnly = new TransactionTemplate(tx);
        this.readOnly.setReadOnly(true);
        // one snapshot for the walk and the head, so records sealed meanwhile cannot look like a cut-off end
        this.readOnly.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.sealing = new TransactionTemplate(tx);
        this.sealing.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
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
        public void afterCommit() {
            committed.release();
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(AuditLog.this);
        }
    }

    private record PendingEntry(AuditEntry entry, String details) {}

    /** Writes a transaction's records to {@code audit_pending}, in the order they were appended, in one statement. */
    private void write(List<PendingEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        int n = entries.size();
        UUID[] tenants = new UUID[n];
        String[] actors = new String[n];
        String[] actions = new String[n];
        String[] stypes = new String[n];
        String[] sids = new String[n];
        String[] details = new String[n];
        for (int i = 0; i < n; i++) {
            AuditEntry e = entries.get(i).entry();
            tenants[i] = e.tenantId();
            actors[i] = e.actor();
            actions[i] = e.action();
            stypes[i] = e.subjectType();
            sids[i] = e.subjectId();
            details[i] = entries.get(i).details();
        }
        // WITH ORDINALITY keeps the append order in the ids the rows get
        jdbc.sql("INSERT INTO audit_pending (at, tenant_id, actor, action, subject_type, subject_id, details)"
                        + " SELECT :at, r.tenant, r.actor, r.action, r.stype, r.sid, r.details FROM"
                        + " unnest(CAST(:tenant AS uuid[]), CAST(:actor AS text[]), CAST(:action AS text[]),"
                        + " CAST(:stype AS text[]), CAST(:sid AS text[]), CAST(:details AS text[])) WITH ORDINALITY"
                        + " AS r (tenant, actor, action, stype, sid, details, i) ORDER BY r.i")
                .param("at", OffsetDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC))
                .param("tenant", tenants)
                .param("actor", actors)
                .param("action", actions)
                .param("stype", stypes)
                .param("sid", sids)
                .param("details", details)
                .update();
    }

    /** Waits until a transaction that wrote records commits, or the timeout passes; true if one did. */
    boolean awaitWritten(long timeout, TimeUnit unit) throws InterruptedException {
        boolean any = committed.tryAcquire(timeout, unit);
        committed.drainPermits();
        return any;
    }

    /**
     * Links every committed pending record into the chain, in the order they were written; returns how many. Runs in
     * transactions of its own, so it can be called from anywhere (a read of the log, the sequencer, a shutdown).
     */
    public long seal() {
        long total = 0;
        while (true) {
            Integer sealed = sealing.execute(s -> sealBatch());
            int n = sealed == null ? 0 : sealed;
            total += n;
            if (n < SEAL_BATCH) {
                return total;
            }
        }
    }

    private int sealBatch() {
        Head head = jdbc.sql("SELECT seq, hash FROM audit_chain_head WHERE id = 1 FOR UPDATE")
                .query((rs, n) -> new Head(rs.getLong("seq"), rs.getString("hash")))
                .single();
        // under the head's lock no other sealer runs: what is visible now is committed and not yet sealed
        List<PendingRow> rows = jdbc.sql("SELECT id, at, tenant_id, actor, action, subject_type, subject_id, details"
                        + " FROM audit_pending ORDER BY id LIMIT :n")
                .param("n", SEAL_BATCH)
                .query((rs, i) -> new PendingRow(
                        rs.getLong("id"),
                        rs.getObject("at", OffsetDateTime.class).toInstant(),
                        rs.getObject("tenant_id", UUID.class),
                        rs.getString("actor"),
                        rs.getString("action"),
                        rs.getString("subject_type"),
                        rs.getString("subject_id"),
                        rs.getString("details")))
                .list();
        if (rows.isEmpty()) {
            return 0;
        }
        int n = rows.size();
        Long[] ids = new Long[n];
        Long[] seqs = new Long[n];
        String[] ats = new String[n]; // ISO-8601 text: PostgreSQL reads it as timestamptz exactly
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
        for (int i = 0; i < n; i++) {
            PendingRow r = rows.get(i);
            seq++;
            String hash = AuditChain.hash(AuditChain.canonical(
                    seq,
                    r.at(),
                    r.tenantId(),
                    r.actor(),
                    r.action(),
                    r.subjectType(),
                    r.subjectId(),
                    r.details(),
                    prev));
            ids[i] = r.id();
            seqs[i] = seq;
            ats[i] = r.at().toString();
            tenants[i] = r.tenantId();
            actors[i] = r.actor();
            actions[i] = r.action();
            stypes[i] = r.subjectType();
            sids[i] = r.subjectId();
            details[i] = r.details();
            prevs[i] = prev;
            hashes[i] = hash;
            prev = hash;
        }
        // one round trip: the records inserted from arrays, the head moved and the pending rows removed together
        jdbc.sql("WITH inserted AS (INSERT INTO audit_event (seq, at, tenant_id, actor, action, subject_type,"
                        + " subject_id, details, prev_hash, hash) SELECT r.seq, r.at, r.tenant, r.actor, r.action,"
                        + " r.stype, r.sid, r.details, r.prev, r.hash FROM unnest(CAST(:seq AS bigint[]),"
                        + " CAST(:at AS timestamptz[]), CAST(:tenant AS uuid[]), CAST(:actor AS text[]),"
                        + " CAST(:action AS text[]), CAST(:stype AS text[]), CAST(:sid AS text[]),"
                        + " CAST(:details AS text[]), CAST(:prev AS text[]), CAST(:hash AS text[]))"
                        + " AS r (seq, at, tenant, actor, action, stype, sid, details, prev, hash)),"
                        + " sealed AS (DELETE FROM audit_pending WHERE id = ANY(CAST(:ids AS bigint[])))"
                        + " UPDATE audit_chain_head SET seq = :last, hash = :lastHash WHERE id = 1")
                .param("seq", seqs)
                .param("at", ats)
                .param("tenant", tenants)
                .param("actor", actors)
                .param("action", actions)
                .param("stype", stypes)
                .param("sid", sids)
                .param("details", details)
                .param("prev", prevs)
                .param("hash", hashes)
                .param("ids", ids)
                .param("last", seq)
                .param("lastHash", prev)
                .update();
        return n;
    }

    private record PendingRow(
            long id,
            Instant at,
            @Nullable UUID tenantId,
            String actor,
            String action,
            String subjectType,
            String subjectId,
            String details) {}

    /**
     * Records visible in {@code scope}, newest first. A provider also sees records that belong to no tenant.
     *
     * @param query filters; null fields do not filter
     */
    public List<AuditRecord> find(TenantScope scope, AuditQuery query) {
        seal(); // every committed record, also those the sequencer has not reached yet
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
        seal();
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
