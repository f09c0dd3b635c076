package org.tollgate.app.customer;

import java.time.Instant;
import java.util.UUID;

/**
 * One immutable version of a customer's data.
 *
 * @param customerId the customer
 * @param version 1, 2, ...
 * @param data the identification data
 * @param derived what was derived from it (phone country, foreign-person determination)
 * @param screenedHash hash of the screened fields
 * @param createdAt when it was written
 * @param createdBy by whom
 */
public record CustomerVersion(
        UUID customerId,
        int version,
        CustomerData data,
        Derived derived,
        String screenedHash,
        Instant createdAt,
        String createdBy) {}
