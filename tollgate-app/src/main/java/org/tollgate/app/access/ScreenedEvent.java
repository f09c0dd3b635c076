package org.tollgate.app.access;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A valid access event with its geo screening, as stored.
 *
 * @param index its position in the batch (-1 for an event read back from the log)
 * @param tenantId the customer's tenant (the event is stored under it)
 * @param customerId the customer
 * @param at when it happened
 * @param ip the canonical address text
 * @param kind what was done
 * @param userAgent the client's user agent, if sent
 * @param country ISO alpha-2 ('' when unknown)
 * @param region the region ('' when unknown)
 * @param city the city ('' when unknown)
 * @param latitude the city database's latitude, if any
 * @param longitude the city database's longitude, if any
 * @param flags the geo flags' codes
 * @param rule the most severe policy rule that applied, if any
 * @param confidence {@code high}, {@code medium}, {@code low}, or {@code unavailable} without IP data
 * @param policy the policy version applied ('' without IP data)
 */
record ScreenedEvent(
        int index,
        UUID tenantId,
        UUID customerId,
        Instant at,
        String ip,
        AccessKind kind,
        @Nullable String userAgent,
        String country,
        String region,
        String city,
        @Nullable Double latitude,
        @Nullable Double longitude,
        List<String> flags,
        @Nullable String rule,
        String confidence,
        String policy) {

    boolean has(String flag) {
        return flags.contains(flag);
    }

    /** Whether the location says where the person is: known coordinates, not private, not an anonymiser. */
    boolean locatesThePerson() {
        return latitude != null && longitude != null && !has("private") && !has("anonymiser");
    }
}
