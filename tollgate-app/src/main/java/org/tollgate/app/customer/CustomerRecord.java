package org.tollgate.app.customer;

import java.time.Instant;
import java.util.UUID;

/**
 * A customer's identity row: which version is current.
 *
 * @param id the customer id
 * @param tenantId its tenant
 * @param type individual or organization
 * @param currentVersion the latest version
 * @param createdAt when it was created
 * @param createdBy by whom
 * @param updatedAt when the latest version was written
 */
public record CustomerRecord(
        UUID id,
        UUID tenantId,
        CustomerType type,
        int currentVersion,
        Instant createdAt,
        String createdBy,
        Instant updatedAt) {}
