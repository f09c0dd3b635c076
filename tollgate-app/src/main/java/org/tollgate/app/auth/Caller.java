package org.tollgate.app.auth;

import java.util.Map;
import java.util.UUID;
import org.tollgate.app.audit.AuditEntry;
import org.tollgate.app.tenant.TenantKind;

/**
 * Who is making a request: the authenticated user or API key, its tenant and role. Controllers take it as a method
 * parameter (resolved by {@link CallerArgumentResolver}), together with the caller's {@code TenantScope}.
 *
 * @param tenantId the caller's tenant
 * @param tenantKind provider or reseller
 * @param role the role of the user or key
 * @param actor how the audit log names the caller: {@code user:<username>} or {@code api-key:<prefix>}
 */
public record Caller(UUID tenantId, TenantKind tenantKind, Role role, String actor) {

    /** An audit entry with this caller as the actor. */
    public AuditEntry audit(
            UUID tenantId, String action, String subjectType, Object subjectId, Map<String, ?> details) {
        return new AuditEntry(tenantId, actor, action, subjectType, String.valueOf(subjectId), details);
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }
}
