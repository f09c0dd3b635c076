package org.tollgate.app.tenant;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tollgate.app.audit.AuditEntry;
import org.tollgate.app.audit.AuditLog;
import org.tollgate.app.web.ApiProblem;

/**
 * Tenants: reading within a scope, creating resellers under a provider, creating the first provider.
 *
 * <p>The shape every feature follows: a public method per use case, {@code @Transactional} when it writes, the
 * scope checked (or passed to the repository) before anything is read, and one {@link AuditLog#append} per change
 * in the same transaction.
 */
@Service
public class TenantService {
    private final TenantRepository tenants;
    private final TenantScopes scopes;
    private final AuditLog audit;
    private final Clock clock;

    TenantService(TenantRepository tenants, TenantScopes scopes, AuditLog audit, Clock clock) {
        this.scopes = scopes;
        this.tenants = tenants;
        this.audit = audit;
        this.clock = clock;
    }

    public Tenant get(TenantScope scope, UUID id) {
        return tenants.find(scope, id).orElseThrow(() -> ApiProblem.notFound("tenant", id));
    }

    public List<Tenant> list(TenantScope scope) {
        return tenants.list(scope);
    }

    /**
     * Creates a reseller under the caller's tenant, which must be a provider.
     *
     * @param actor the audit log's name for the caller
     */
    @Transactional
    public Tenant createReseller(TenantScope scope, String actor, String name) {
        if (!scope.isProvider()) {
            throw ApiProblem.forbidden("only a provider can create resellers");
        }
        Tenant t = new Tenant(UUID.randomUUID(), scope.tenantId(), TenantKind.RESELLER, name.strip(), now());
        insert(t);
        audit.append(new AuditEntry(
                t.id(),
                actor,
                "tenant.created",
                "tenant",
                t.id().toString(),
                Map.of(
                        "name",
                        t.name(),
                        "kind",
                        t.kind().code(),
                        "parent_id",
                        scope.tenantId().toString())));
        return t;
    }

    /** Creates a provider tenant (the root of an installation); see {@code Bootstrap}. */
    @Transactional
    public Tenant createProvider(String actor, String name) {
        Tenant t = new Tenant(UUID.randomUUID(), null, TenantKind.PROVIDER, name.strip(), now());
        insert(t);
        audit.append(new AuditEntry(
                t.id(),
                actor,
                "tenant.created",
                "tenant",
                t.id().toString(),
                Map.of("name", t.name(), "kind", t.kind().code())));
        return t;
    }

    private void insert(Tenant t) {
        try {
            tenants.insert(t);
            scopes.changed();
        } catch (DuplicateKeyException e) {
            throw ApiProblem.conflict("a tenant named " + t.name() + " already exists");
        }
    }

    private java.time.Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
