package org.tollgate.app.access;

import org.jspecify.annotations.Nullable;

/**
 * One access event as posted. Every field is taken as text and checked by the service, so that one bad event is
 * reported with its index instead of failing the whole batch.
 *
 * @param customerId the customer's id (a UUID)
 * @param ip the address the customer came from
 * @param time when, ISO-8601 with an offset ({@code 2026-11-29T10:15:00Z})
 * @param kind {@code login}, {@code console}, {@code api}, {@code admin} or {@code payment}
 * @param userAgent the client's user agent (optional, at most 1,000 characters)
 * @param declaredCountry the country the customer declared, ISO alpha-2 (optional; remembered for the customer)
 */
public record AccessEventInput(
        @Nullable String customerId,
        @Nullable String ip,
        @Nullable String time,
        @Nullable String kind,
        @Nullable String userAgent,
        @Nullable String declaredCountry) {}
