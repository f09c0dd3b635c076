package org.tollgate.app.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import org.tollgate.app.support.Http;
import org.tollgate.app.support.ServiceTest;
import tools.jackson.databind.JsonNode;

class AuditChainTest extends ServiceTest {
    @Autowired
    AuditLog audit;

    @Autowired
    TransactionTemplate tx;

    @Test
    void writesAreAuditedAndQueryableBySubject() {
        UUID a = newReseller(unique("audited"));
        JsonNode records = http().get("/api/v1/audit?subject_type=tenant&subject_id=" + a, providerKey())
                .json();
        assertThat(records.size()).isEqualTo(1);
        JsonNode r = records.get(0);
        assertThat(r.get("action").asString()).isEqualTo("tenant.created");
        assertThat(r.get("actor").asString())
                .isEqualTo("api-key:" + provider().apiKey().apiKey().prefix());
        assertThat(r.get("tenant_id").asString()).isEqualTo(a.toString());
        assertThat(r.get("details").get("kind").asString()).isEqualTo("reseller");
        assertThat(r.get("hash").asString()).hasSize(64);

        // a reseller sees its own records only
        String keyA = newKey(a, "auditor");
        JsonNode seenByA = http().get("/api/v1/audit?limit=1000", keyA).json();
        seenByA.forEach(n -> assertThat(n.get("tenant_id").asString()).isEqualTo(a.toString()));
        assertThat(http().get("/api/v1/audit?action=installation.bootstrapped", keyA)
                        .json()
                        .size())
                .isZero();
        assertThat(http().get("/api/v1/audit?action=installation.bootstrapped", providerKey())
                        .json()
                        .size())
                .isEqualTo(1);
        // and cannot verify the chain, which spans all tenants
        assertThat(http().get("/api/v1/audit/verify", keyA).status()).isEqualTo(403);
    }

    @Test
    void apiKeyUseIsAuditedAtMostOncePerMinute() {
        UUID a = newReseller(unique("key-use"));
        String key = newKey(a, "analyst");
        for (int i = 0; i < 5; i++) {
            assertThat(http().get("/api/v1/tenants/me", key).status()).isEqualTo(200);
        }
        String keyId = jdbc.sql("SELECT id::text FROM api_key WHERE prefix = :p")
                .param("p", key.substring(0, 11))
                .query(String.class)
                .single();
        long uses = sealed().sql("SELECT count(*) FROM audit_event WHERE action = 'api_key.used' AND subject_id = :id")
                .param("id", keyId)
                .query(Long.class)
                .single();
        assertThat(uses).isEqualTo(1);
    }

    @Test
    void concurrentWritersKeepOneUnbrokenChain() throws Exception {
        long before = sealed().sql("SELECT seq FROM audit_chain_head")
                .query(Long.class)
                .single();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < 6; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                for (int i = 0; i < 15; i++) {
                    int n = i;
                    tx.executeWithoutResult(s -> audit.append(new AuditEntry(
                            null, "system:test", "test.concurrent", "test", thread + "-" + n, Map.of("n", n))));
                }
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        long after = sealed().sql("SELECT seq FROM audit_chain_head")
                .query(Long.class)
                .single();
        assertThat(after - before).isGreaterThanOrEqualTo(90);
        ChainVerification v = audit.verify();
        assertThat(v.intact()).as(String.valueOf(v.problem())).isTrue();
        assertThat(v.lastSeq()).isEqualTo(v.recordsChecked());
    }

    /** A transaction's records are written together at commit, in order, linked one to the next. */
    @Test
    void aTransactionsRecordsAreWrittenTogetherAtCommitInOrder() {
        String marker = unique("batch");
        tx.executeWithoutResult(s -> {
            for (int i = 0; i < 3; i++) {
                audit.append(new AuditEntry(null, "system:test", "test.batch", "test", marker, Map.of("n", i)));
            }
            // nothing is written before the commit
            assertThat(countOf(marker)).isZero();
        });
        List<Map<String, Object>> rows = sealed().sql(
                        "SELECT seq, details, prev_hash, hash FROM audit_event WHERE subject_id = :m ORDER BY seq")
                .param("m", marker)
                .query()
                .listOfRows();
        assertThat(rows).hasSize(3);
        for (int i = 0; i < 3; i++) {
            assertThat(rows.get(i).get("details")).isEqualTo("{\"n\":" + i + "}");
        }
        for (int i = 1; i < 3; i++) {
            assertThat((Long) rows.get(i).get("seq"))
                    .isEqualTo((Long) rows.get(i - 1).get("seq") + 1);
            assertThat(rows.get(i).get("prev_hash")).isEqualTo(rows.get(i - 1).get("hash"));
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void aRolledBackTransactionWritesNoRecord() {
        String marker = unique("rollback");
        tx.executeWithoutResult(s -> {
            audit.append(new AuditEntry(null, "system:test", "test.rollback", "test", marker, Map.of()));
            s.setRollbackOnly();
        });
        assertThat(countOf(marker)).isZero();
        assertThat(audit.verify().intact()).isTrue();
    }

    /** An inner REQUIRES_NEW transaction commits its own records; the outer one's follow at its own commit. */
    @Test
    void anInnerTransactionWritesItsOwnRecords() {
        String outer = unique("outer");
        String inner = unique("inner");
        TransactionTemplate requiresNew = new TransactionTemplate(tx.getTransactionManager());
        requiresNew.setPropagationBehavior(
                org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        tx.executeWithoutResult(s -> {
            audit.append(new AuditEntry(null, "system:test", "test.outer", "test", outer, Map.of()));
            requiresNew.executeWithoutResult(
                    s2 -> audit.append(new AuditEntry(null, "system:test", "test.inner", "test", inner, Map.of())));
            assertThat(countOf(inner)).isEqualTo(1);
            assertThat(countOf(outer)).isZero();
        });
        assertThat(countOf(outer)).isEqualTo(1);
        assertThat(audit.verify().intact()).isTrue();
    }

    private long countOf(String subjectId) {
        return sealed().sql("SELECT count(*) FROM audit_event WHERE subject_id = :m")
                .param("m", subjectId)
                .query(Long.class)
                .single();
    }

    @Test
    void theSequencerSealsACommittedRecordWithoutAnyReader() throws Exception {
        String marker = "sequencer-" + UUID.randomUUID();
        tx.executeWithoutResult(
                s -> audit.append(new AuditEntry(null, "system:test", "test.sealed", "test", marker, Map.of())));
        // no seal() here: the background sequencer links it into the chain just after the commit
        long deadline = System.nanoTime() + 10_000_000_000L;
        long sealedCount = 0;
        while (System.nanoTime() < deadline) {
            sealedCount = jdbc.sql("SELECT count(*) FROM audit_event WHERE subject_id = :m")
                    .param("m", marker)
                    .query(Long.class)
                    .single();
            if (sealedCount == 1) {
                break;
            }
            Thread.sleep(50);
        }
        assertThat(sealedCount).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_pending WHERE subject_id = :m")
                        .param("m", marker)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aRecordLeftPendingByACrashIsSealedByTheNextReaderAndAPendingRecordCannotBeChanged() {
        String marker = "left-pending-" + UUID.randomUUID();
        // what a process that died between its commit and the seal leaves behind
        jdbc.sql("INSERT INTO audit_pending (at, tenant_id, actor, action, subject_type, subject_id, details)"
                        + " VALUES (now(), NULL, 'system:test', 'test.left', 'test', :m, '{}')")
                .param("m", marker)
                .update();
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_pending SET actor = 'x' WHERE subject_id = :m")
                        .param("m", marker)
                        .update())
                .hasMessageContaining("not updated");
        ChainVerification v = audit.verify(); // a reader seals first
        assertThat(v.intact()).as(String.valueOf(v.problem())).isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE subject_id = :m")
                        .param("m", marker)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void appendNeedsATransaction() {
        assertThatThrownBy(() -> audit.append(new AuditEntry(null, "system:test", "x", "y", "z", Map.of())))
                .hasMessageContaining("transaction");
    }

    @Test
    void theLogRefusesUpdatesAndDeletes() {
        newReseller(unique("append-only"));
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_event SET actor = 'x' WHERE seq = 1")
                        .update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(
                        () -> jdbc.sql("DELETE FROM audit_event WHERE seq = 1").update())
                .hasMessageContaining("append-only");
    }

    /**
     * Someone with database superuser rights switches the trigger off and edits a record: verification names it.
     * The record is put back afterwards so the shared chain stays intact for the other tests.
     */
    @Test
    void verificationNamesATamperedRecord() {
        UUID a = newReseller(unique("tamper"));
        Http.Response ok = http().get("/api/v1/audit/verify", providerKey());
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.json().get("intact").asBoolean()).isTrue();
        assertThat(ok.json().has("first_broken_seq")).isFalse();

        long seq = sealed().sql("SELECT seq FROM audit_event WHERE subject_id = :id AND action = 'tenant.created'")
                .param("id", a.toString())
                .query(Long.class)
                .single();
        String original = jdbc.sql("SELECT details FROM audit_event WHERE seq = :s")
                .param("s", seq)
                .query(String.class)
                .single();
        tamper(seq, original.replace("reseller", "provider"));
        try {
            Http.Response broken = http().get("/api/v1/audit/verify", providerKey());
            assertThat(broken.json().get("intact").asBoolean()).isFalse();
            assertThat(broken.json().get("first_broken_seq").asLong()).isEqualTo(seq);
            assertThat(broken.json().get("problem").asString()).contains("record " + seq + " was altered");
            assertThat(audit.verify().firstBrokenSeq()).isEqualTo(seq);
        } finally {
            tamper(seq, original);
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void aRemovedRecordIsNamed() {
        newReseller(unique("gap"));
        long seq = sealed().sql("SELECT max(seq) FROM audit_event")
                .query(Long.class)
                .single();
        // copy the row, delete it, check, then put it back
        Map<String, Object> row = jdbc.sql("SELECT * FROM audit_event WHERE seq = :s")
                .param("s", seq)
                .query()
                .singleRow();
        withoutTrigger(() -> jdbc.sql("DELETE FROM audit_event WHERE seq = :s")
                .param("s", seq)
                .update());
        try {
            ChainVerification v = audit.verify();
            assertThat(v.intact()).isFalse();
            assertThat(v.firstBrokenSeq()).isEqualTo(seq);
            assertThat(v.problem()).contains("removed");
        } finally {
            jdbc.sql("INSERT INTO audit_event SELECT * FROM json_populate_record(NULL::audit_event, :row::json)")
                    .param("row", toJson(row))
                    .update();
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    private void tamper(long seq, String details) {
        withoutTrigger(() -> jdbc.sql("UPDATE audit_event SET details = :d WHERE seq = :s")
                .param("d", details)
                .param("s", seq)
                .update());
    }

    private void withoutTrigger(Runnable r) {
        tx.executeWithoutResult(s -> {
            jdbc.sql("ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only")
                    .update();
            r.run();
            jdbc.sql("ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only")
                    .update();
        });
    }

    private static String toJson(Map<String, Object> row) {
        StringBuilder sb = new StringBuilder("{");
        row.forEach((k, v) -> {
            if (sb.length() > 1) {
                sb.append(',');
            }
            sb.append('"').append(k).append("\":");
            if (v == null) {
                sb.append("null");
            } else if (v instanceof Number) {
                sb.append(v);
            } else {
                String s = v instanceof java.sql.Timestamp ts ? ts.toInstant().toString() : v.toString();
                sb.append(
                        tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(s));
            }
        });
        return sb.append('}').toString();
    }
}
