package org.tollgate.app.access;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The gateway check's answer.
 *
 * @param ip the address, canonical
 * @param action allow, challenge or block
 * @param reasons why, as codes: {@code embargoed}, {@code tor}, {@code hosting}, {@code high_risk},
 *     {@code special_measure}, {@code databases_disagree}, {@code low_confidence}, {@code unknown_location},
 *     {@code private_address}, {@code country_mismatch}, {@code geolocation_unavailable}
 * @param country ISO alpha-2, if known
 * @param region the region, if known
 * @param flags the geo flags
 * @param rule the most severe policy rule that applied, if any
 * @param confidence {@code high}, {@code medium}, {@code low}; absent without IP data
 * @param customerId the customer asked about, if any
 * @param detail a sentence for people (why geolocation is unavailable, which rule blocks)
 */
public record AccessCheckResult(
        String ip,
        AccessAction action,
        List<String> reasons,
        @Nullable String country,
        @Nullable String region,
        List<String> flags,
        @Nullable String rule,
        @Nullable String confidence,
        @Nullable UUID customerId,
        @Nullable String detail) {}
