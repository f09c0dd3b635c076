package org.tollgate.app.tenant;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The scope of a caller's tenant (the tenant and its resellers), read once per authenticated request.
 *
 * <p>Scopes are cached in memory for {@code tollgate.tenant.scope-cache-ttl} (default 5 s; 0 turns the cache off)
 * because the tenant tree changes rarely and every API request needs it: without the cache it is one database round
 * trip per request. A tenant created through this process empties the cache when its transaction commits (and at
 * once), so a provider sees a new reseller's customers straight away; a tenant created through another process
 * sharing the database becomes visible here within the TTL. Unknown tenants are never cached.
 */
@Component
public class TenantScopes {
    private static final int CACHE_MAX = 10_000;

    private final TenantRepository tenants;
    private final long ttlNanos;
    private final Map<UUID, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(TenantScope scope, long loadedAtNanos) {}

    TenantScopes(TenantRepository tenants, @Value("${tollgate.tenant.scope-cache-ttl:5s}") Duration ttl) {
        this.tenants = tenants;
        this.ttlNanos = ttl.toNanos();
    }

    /** The scope of a caller in {@code tenantId}, or empty when the tenant does not exist. */
    public Optional<TenantScope> scopeOf(UUID tenantId) {
        long now = System.nanoTime();
        Cached c = cache.get(tenantId);
        if (c != null && now - c.loadedAtNanos() < ttlNanos) {
            return Optional.of(c.scope());
        }
        Optional<TenantScope> read = tenants.scopeOf(tenantId);
        if (read.isEmpty()) {
            cache.remove(tenantId);
        } else if (ttlNanos > 0) {
            if (cache.size() >= CACHE_MAX) {
                cache.clear();
            }
            cache.put(tenantId, new Cached(read.get(), now));
        }
        return read;
    }

    /**
     * Forgets every cached scope, now and when the current transaction commits (a scope read in between, before the
     * change is visible, must not live on).
     */
    public void changed() {
        cache.clear();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    cache.clear();
                }
            });
        }
    }
}
