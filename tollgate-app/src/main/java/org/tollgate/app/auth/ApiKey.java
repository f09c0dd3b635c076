package org.tollgate.app.auth;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An API key as listed: everything but the secret, which exists only in the response that created it.
 *
 * @param id the key's id
 * @param tenantId the tenant it acts for
 * @param name what it is for
 * @param prefix the first characters of the key, to recognise it
 * @param role its role
 * @param createdAt when it was created
 * @param createdBy who created it
 * @param revokedAt when it was revoked, if it was
 * @param lastUsedAt when its use was last recorded (to the minute)
 */
public record ApiKey(
        UUID id,
        UUID tenantId,
        String name,
        String prefix,
        Role role,
        Instant createdAt,
        String createdBy,
        @Nullable Instant revokedAt,
        @Nullable Instant lastUsedAt) {}
