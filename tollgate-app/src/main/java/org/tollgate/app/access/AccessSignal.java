package org.tollgate.app.access;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A signal raised by the geo screening of access events. Alerts on them are opened by the alert module once it is on
 * main; the customer's risk takes them into account then.
 *
 * @param customerId the customer
 * @param kind what was found
 * @param at the time of the event that raised it
 * @param ip the address of that event
 * @param country the country of that event ('' when unknown)
 * @param details the facts: rule, region, counts, distance and speed, ...
 */
public record AccessSignal(
        UUID customerId, SignalKind kind, Instant at, String ip, String country, Map<String, Object> details) {
    public AccessSignal {
        details = Map.copyOf(details);
    }
}
