package org.tollgate.app.console;

import java.util.UUID;
import org.tollgate.app.auth.Caller;
import org.tollgate.app.auth.Role;

/**
 * The signed-in user as the pages show it.
 *
 * @param username the login name
 * @param actor how the audit log and the alerts name the user ({@code user:<name>})
 * @param role the user's role
 * @param tenantId the user's tenant
 * @param tenantName its name
 * @param provider whether that tenant is the provider (which sees its resellers too)
 */
record Me(String username, String actor, Role role, UUID tenantId, String tenantName, boolean provider) {

    static Me of(Caller caller, String tenantName) {
        String actor = caller.actor();
        String name = actor.startsWith("user:") ? actor.substring(5) : actor;
        return new Me(
                name,
                actor,
                caller.role(),
                caller.tenantId(),
                tenantName,
                caller.tenantKind() == org.tollgate.app.tenant.TenantKind.PROVIDER);
    }

    /** Admins and analysts decide; auditors only read. */
    public boolean canDecide() {
        return role == Role.ADMIN || role == Role.ANALYST;
    }

    /** The audit chain spans every tenant: only the provider's admins and auditors verify it (as on the API). */
    public boolean canVerifyChain() {
        return provider && (role == Role.ADMIN || role == Role.AUDITOR);
    }

    public String roleCode() {
        return role.code();
    }
}
