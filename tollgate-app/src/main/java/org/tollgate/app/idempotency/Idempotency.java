package org.tollgate.app.idempotency;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tollgate.app.web.ApiProblem;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code Idempotency-Key} for creates and other writes a client may retry (batches of access events). The first
 * request with a key runs the write and stores its response in the same transaction; a retry with the same key and the same request (same operation, same JSON body) gets that
 * response again — byte for byte, with the header {@code Idempotent-Replayed: true} — and creates nothing; a reuse of
 * the key for a different request is refused with 422. Keys are per tenant (of the caller).
 *
 * <p>Two concurrent requests with one key: the second one's insert of the key waits on the first one's row lock
 * until it commits, then finds the stored response. A write that fails stores nothing, so a retry runs again.
 */
@Component
public class Idempotency {
    /** The request header. */
    public static final String HEADER = "Idempotency-Key";

    private static final int MAX_KEY_LENGTH = 200;

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final JsonMapper json;
    private final Clock clock;

    Idempotency(JdbcClient jdbc, PlatformTransactionManager txManager, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(txManager);
        this.json = json;
        this.clock = clock;
    }

    /**
     * Runs {@code create} at most once per ({@code tenantId}, {@code key}); answers 201 with its location.
     *
     * @param tenantId the caller's tenant (keys of different tenants never collide)
     * @param key the Idempotency-Key header, or null to just run the create
     * @param operation names the endpoint (e.g. {@code POST /api/v1/tenants}) so a key cannot replay another one
     * @param request the parsed request body, part of what must match on a retry
     * @param create the create; it joins this method's transaction
     */
    public <T> ResponseEntity<?> create(
            UUID tenantId, @Nullable String key, String operation, Object request, Supplier<Created<T>> create) {
        return run(tenantId, key, operation, request, () -> {
            Created<T> c = create.get();
            return new Answer(HttpStatus.CREATED.value(), c.location(), c.body());
        });
    }

    /**
     * Runs a non-create write (a batch of access events, say) at most once per ({@code tenantId}, {@code key});
     * answers 200 with what it returned.
     *
     * @param action the write; it joins this method's transaction, so what it stores and the stored answer commit
     *     together
     * @see #create
     */
    public ResponseEntity<?> once(
            UUID tenantId, @Nullable String key, String operation, Object request, Supplier<?> action) {
        return run(tenantId, key, operation, request, () -> new Answer(HttpStatus.OK.value(), null, action.get()));
    }

    /** What an idempotent request answered: kept to be answered again. */
    private record Answer(int status, @Nullable URI location, Object body) {
        ResponseEntity.BodyBuilder builder() {
            ResponseEntity.BodyBuilder b = ResponseEntity.status(status);
            return location == null ? b : b.location(location);
        }
    }

    private ResponseEntity<?> run(
            UUID tenantId, @Nullable String key, String operation, Object request, Supplier<Answer> action) {
        if (key == null) {
            Answer a = tx.execute(s -> action.get());
            return a.builder().body(a.body());
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw ApiProblem.invalid(HEADER, "must be 1 to " + MAX_KEY_LENGTH + " characters");
        }
        String requestHash = sha256(operation + "\n" + json.writeValueAsString(request));
        return tx.execute(s -> {
            int claimed = jdbc.sql("INSERT INTO idempotency_key (tenant_id, key, request_hash, status, response,"
                            + " created_at) VALUES (:tenant, :key, :hash, 0, '', :at) ON CONFLICT DO NOTHING")
                    .param("tenant", tenantId)
                    .param("key", key)
                    .param("hash", requestHash)
                    .param("at", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                    .update();
            if (claimed == 0) {
                return replay(tenantId, key, requestHash);
            }
            Answer a = action.get();
            String body = json.writeValueAsString(a.body());
            jdbc.sql("UPDATE idempotency_key SET status = :status, location = :location, response = :body"
                            + " WHERE tenant_id = :tenant AND key = :key")
                    .param("status", a.status())
                    .param(
                            "location",
                            a.location() == null ? null : a.location().toString())
                    .param("body", body)
                    .param("tenant", tenantId)
                    .param("key", key)
                    .update();
            return a.builder().contentType(MediaType.APPLICATION_JSON).body(body);
        });
    }

    private ResponseEntity<?> replay(UUID tenantId, String key, String requestHash) {
        Optional<Stored> stored = jdbc.sql("SELECT request_hash, status, location, response FROM idempotency_key"
                        + " WHERE tenant_id = :tenant AND key = :key")
                .param("tenant", tenantId)
                .param("key", key)
                .query((rs, n) -> new Stored(
                        rs.getString("request_hash"),
                        rs.getInt("status"),
                        rs.getString("location"),
                        rs.getString("response")))
                .optional();
        Stored st = stored.orElseThrow(() -> new IllegalStateException("idempotency key vanished: " + key));
        if (!st.requestHash().equals(requestHash)) {
            throw ApiProblem.unprocessable(
                    "idempotency-key-reused",
                    "the Idempotency-Key " + key + " was already used for a different request");
        }
        ResponseEntity.BodyBuilder b = ResponseEntity.status(st.status())
                .contentType(MediaType.APPLICATION_JSON)
                .header("Idempotent-Replayed", "true");
        if (st.location() != null) {
            b.location(URI.create(st.location()));
        }
        return b.body(st.response());
    }

    private record Stored(
            String requestHash, int status, @Nullable String location, String response) {}

    private static String sha256(String s) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
