package org.tollgate.app.allowlist;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A cleared (customer, list entity) pair: while active and not expired, screenings raise no alert for it. Under the
 * four-eyes rule a new entry is pending until a second analyst confirms it.
 *
 * @param id the entry's id
 * @param tenantId the customer's tenant
 * @param customerId the customer
 * @param entityId the list entity
 * @param reason why the pair is cleared
 * @param approvedBy who cleared it
 * @param createdAt when
 * @param expiresAt when it stops applying (none: until re-opened)
 * @param status {@code pending} (waiting for a second analyst under the four-eyes rule), {@code active} or {@code
 *     reopened}
 * @param reopenedAt when it was re-opened
 * @param reopenReason why (the customer's screened data or the list entity changed)
 * @param confirmedBy the second analyst who confirmed it (four-eyes rule)
 * @param confirmedAt when
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
        @Nullable Instant confirmedAt) {}
