package org.tollgate.app.allowlist;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A cleared (customer, list entity) pair: while active and not expired, screenings raise no alert for it. Under the
 * four-eyes rule a new entry, and an active entry whose expiry was extended, is pending until a second analyst
 * confirms it. A revoked entry is final and clears nothing.
 *
 * @param id the entry's id
 * @param tenantId the customer's tenant
 * @param customerId the customer
 * @param entityId the list entity
 * @param reason why the pair is cleared
 * @param approvedBy who cleared it
 * @param createdAt when
 * @param expiresAt when it stops applying (none: until re-opened or revoked)
 * @param status {@code pending} (waiting for a second analyst under the four-eyes rule), {@code active}, {@code
 *     reopened} or {@code revoked}
 * @param reopenedAt when it was re-opened
 * @param reopenReason why (the customer's screened data or the list entity changed)
 * @param confirmedBy the second analyst who last confirmed it (four-eyes rule)
 * @param confirmedAt when
 * @param proposedBy whose proposal a confirmation approves, who therefore may not confirm it: the analyst who
 *     created the entry or, after an extension of its expiry, who extended it
 * @param expiryChangedBy who last changed the expiry
 * @param expiryChangedAt when
 * @param expiryChangeReason why
 * @param revokedBy who revoked it
 * @param revokedAt when
 * @param revokeReason why
 */
public record AllowListEntry(
        UUID id,
        UUID tenantId,
        UUID customerId,
        String entityId,
        String reason,
        String approvedBy,
        Instant createdAt,
        @Nullable Instant expiresAt,
        String status,
        @Nullable Instant reopenedAt,
        @Nullable String reopenReason,
        @Nullable String confirmedBy,
        @Nullable Instant confirmedAt,
        String proposedBy,
        @Nullable String expiryChangedBy,
        @Nullable Instant expiryChangedAt,
        @Nullable String expiryChangeReason,
        @Nullable String revokedBy,
        @Nullable Instant revokedAt,
        @Nullable String revokeReason) {

    /** Whether the entry was revoked (final: it can be neither confirmed nor changed again). */
    public boolean revoked() {
        return "revoked".equals(status);
    }
}
