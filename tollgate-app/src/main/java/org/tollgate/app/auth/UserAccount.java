package org.tollgate.app.auth;

import java.time.Instant;
import java.util.UUID;

/**
 * A console user as listed (the password hash never leaves the repository).
 *
 * @param id the user's id
 * @param tenantId the tenant the user belongs to
 * @param username login name, unique across all tenants
 * @param role the user's role
 * @param enabled false when the user may no longer log in
 * @param createdAt when it was created
 * @param createdBy who created it
 */
public record UserAccount(
        UUID id, UUID tenantId, String username, Role role, boolean enabled, Instant createdAt, String createdBy) {}
