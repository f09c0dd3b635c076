package org.tollgate.app.tenant;

import java.util.Set;
import java.util.UUID;
import org.tollgate.app.web.ApiProblem;

/**
 * What a caller may see: its own tenant and, for a provider, every reseller under it. Every repository method that
 * reads tenant-owned rows takes a scope and filters on {@code tenant_id = ANY(:visible)} (bind {@link #ids()}), so a
 * query without tenant isolation cannot be written by accident. Controllers receive it as a method parameter,
 * resolved per request from the authenticated caller.
 *
 * @param tenantId the caller's own tenant
 * @param kind the kind of the caller's tenant
 * @param visible the tenants whose rows the caller may read (always contains {@code tenantId})
 */
public record TenantScope(UUID tenantId, TenantKind kind, Set<UUID> visible) {
    public TenantScope {
        visible = Set.copyOf(visible);
        if (!visible.contains(tenantId)) {
            throw new IllegalArgumentException("a scope always contains its own tenant");
        }
    }

    /** True if rows of {@code tenant} are visible. */
    public boolean sees(UUID tenant) {
        return visible.contains(tenant);
    }

    /**
     * Fails with 404 (not 403: a caller learns nothing about other tenants' ids) unless {@code tenant} is visible.
     */
    public void requireVisible(UUID tenant, String what) {
        if (!sees(tenant)) {
            throw ApiProblem.notFound(what, tenant);
        }
    }

    /** The visible tenant ids as an array, to bind as a PostgreSQL {@code uuid[]} parameter. */
    public UUID[] ids() {
        return visible.toArray(UUID[]::new);
    }

    public boolean isProvider() {
        return kind == TenantKind.PROVIDER;
    }
}
