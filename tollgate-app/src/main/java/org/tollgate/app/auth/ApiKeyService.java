package org.tollgate.app.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.tollgate.app.audit.AuditEntry;
import org.tollgate.app.audit.AuditLog;
import org.tollgate.app.tenant.TenantScope;
import org.tollgate.app.web.ApiProblem;

/**
 * Creates, lists and revokes API keys, and authenticates requests by key.
 *
 * <p>A key is {@code tg_} followed by 43 URL-safe base64 characters (256 random bits). Only its SHA-256 is stored: a
 * fast hash is enough for a random 256-bit secret (nothing to guess), and it lets each request find its key with one
 * indexed lookup. The first 11 characters are kept as the key's visible prefix.
 *
 * <p>Key use is audited ({@code api_key.used}), but at most once per key per minute: one record per request would
 * bury the log and serialize every request on the chain head. The record says the key was used at least once in the
 * minute that starts at its time.
 *
 * <p>Authenticated keys are cached in memory by hash for {@code tollgate.auth.key-cache-ttl} (default 5 s; 0 turns the
 * cache off), so a burst of gateway calls does not query the database per request. A key revoked through this
 * process stops working at once (revoking empties the cache); a key revoked through another process sharing the
 * database keeps working here for at most the TTL. Unknown keys are never cached.
 */
@Service
public class ApiKeyService {
    static final String KEY_PREFIX = "tg_";
    private static final int PREFIX_LENGTH = 11;
    private static final Duration USE_AUDIT_INTERVAL = Duration.ofMinutes(1);

    private final SecureRandom random = new SecureRandom();
    private final ApiKeyRepository keys;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Duration cacheTtl;
    private final Map<String, CachedKey> cache = new ConcurrentHashMap<>();
    private static final int CACHE_MAX = 10_000;

    /** A live key as last read, and when its use was last audited by this process. */
    private static final class CachedKey {
        final ApiKeyRepository.KeyOwner owner;
        final Instant loadedAt;
        volatile Instant lastUsedAt;

        CachedKey(ApiKeyRepository.KeyOwner owner, Instant loadedAt) {
            this.owner = owner;
            this.loadedAt = loadedAt;
            this.lastUsedAt = owner.lastUsedAt();
        }
    }

    ApiKeyService(
            ApiKeyRepository keys,
            AuditLog audit,
            PlatformTransactionManager txManager,
            Clock clock,
            @Value("${tollgate.auth.key-cache-ttl:5s}") Duration cacheTtl) {
        this.cacheTtl = cacheTtl;
        this.keys = keys;
        this.audit = audit;
        this.tx = new TransactionTemplate(txManager);
        this.clock = clock;
    }

    /** Creates a key for {@code tenantId} (which must be in the caller's scope); the result holds the secret. */
    @Transactional
    public NewApiKey create(Caller caller, TenantScope scope, UUID tenantId, String name, Role role) {
        scope.requireVisible(tenantId, "tenant");
        return create(tenantId, name, role, caller.actor());
    }

    /** Creates a key without a calling user: for the bootstrap of an empty installation. */
    @Transactional
    public NewApiKey createForBootstrap(UUID tenantId, String name, Role role, String actor) {
        return create(tenantId, name, role, actor);
    }

    /**
     * Registers a key whose secret the installer chose (the demo's {@code TOLLGATE_DEMO_API_KEY}, so scripts can
     * use a known key); stored like any other key, by its hash only.
     *
     * @throws IllegalArgumentException unless {@code key} has the shape of a Tollgate key ({@link #isWellFormed})
     */
    @Transactional
    public NewApiKey createWithSecret(UUID tenantId, String name, Role role, String actor, String key) {
        if (!isWellFormed(key)) {
            throw new IllegalArgumentException("an API key is tg_ followed by 43 URL-safe base64 characters");
        }
        return create(tenantId, name, role, actor, key);
    }

    /** Whether {@code key} is {@code tg_} followed by 43 URL-safe base64 characters (256 bits). */
    public static boolean isWellFormed(String key) {
        return key != null && key.matches("tg_[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]");
    }

    private NewApiKey create(UUID tenantId, String name, Role role, String actor) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        return create(
                tenantId,
                name,
                role,
                actor,
                KEY_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
    }

    private NewApiKey create(UUID tenantId, String name, Role role, String actor, String key) {
        ApiKey k = new ApiKey(
                UUID.randomUUID(),
                tenantId,
                name,
                key.substring(0, PREFIX_LENGTH),
                role,
                clock.instant().truncatedTo(ChronoUnit.MICROS),
                actor,
                null,
                null);
        keys.insert(k, sha256(key));
        Map<String, Object> details = Map.of("name", name, "role", role.code(), "prefix", k.prefix());
        audit.append(new AuditEntry(tenantId, actor, "api_key.created", "api_key", k.id().toString(), details));
        return new NewApiKey(k, key);
    }

    public List<ApiKey> list(TenantScope scope, UUID tenantId) {
        scope.requireVisible(tenantId, "tenant");
        return keys.list(scope, tenantId);
    }

    @Transactional
    public void revoke(Caller caller, TenantScope scope, UUID keyId) {
        ApiKey k = keys.find(scope, keyId).orElseThrow(() -> ApiProblem.notFound("API key", keyId));
        if (keys.revoke(scope, keyId, clock.instant())) {
            cache.clear(); // the revoked key must not live on in the cache (revoking is rare: drop everything)
            audit.append(caller.audit(k.tenantId(), "api_key.revoked", "api_key", keyId, Map.of("prefix", k.prefix())));
        }
    }

    /**
     * The caller a key stands for, or empty if the key is unknown or revoked. Records the key's use in the audit log
     * when it was not recorded in the last minute.
     */
    public Optional<Caller> authenticate(String key) {
        if (!key.startsWith(KEY_PREFIX) || key.length() > 200) {
            return Optional.empty();
        }
        String hash = sha256(key);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        CachedKey cached = cache.get(hash);
        if (cached == null || !cached.loadedAt.plus(cacheTtl).isAfter(now)) {
            Optional<ApiKeyRepository.KeyOwner> live = keys.findLive(hash);
            if (live.isEmpty()) {
                cache.remove(hash);
                return Optional.empty();
            }
            if (cache.size() >= CACHE_MAX) {
                cache.clear();
            }
            cached = new CachedKey(live.get(), now);
            if (!cacheTtl.isZero()) {
                cache.put(hash, cached);
            }
        }
        ApiKeyRepository.KeyOwner owner = cached.owner;
        Caller caller = new Caller(owner.tenantId(), owner.tenantKind(), owner.role(), "api-key:" + owner.prefix());
        Instant lastUsed = cached.lastUsedAt;
        if (lastUsed == null || !lastUsed.plus(USE_AUDIT_INTERVAL).isAfter(now)) {
            cached.lastUsedAt = now; // first, so concurrent requests of this process do not all try
            tx.executeWithoutResult(status -> {
                if (keys.markUsed(owner.id(), now)) {
                    audit.append(caller.audit(
                            owner.tenantId(), "api_key.used", "api_key", owner.id(), Map.of("prefix", owner.prefix())));
                }
            });
        }
        return Optional.of(caller);
    }

    static String sha256(String key) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
