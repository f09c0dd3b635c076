package org.tollgate.app.webhook;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One delivery from the outbox.
 *
 * @param id the delivery id (also sent as {@code Tollgate-Delivery}, so a receiver can drop duplicates)
 * @param tenantId the tenant whose event it is
 * @param endpointId the endpoint
 * @param eventType the event type
 * @param status pending, delivered or failed (given up after the last attempt)
 * @param attempts attempts made
 * @param nextAttemptAt when the next attempt is due (pending)
 * @param lastAttemptAt when the last attempt was made
 * @param lastStatus the HTTP status of the last attempt, if any answered
 * @param lastError why the last attempt failed
 * @param createdAt when the event happened
 * @param deliveredAt when a 2xx answer came
 * @param body the JSON sent
 */
public record WebhookDelivery(
        UUID id,
        UUID tenantId,
        UUID endpointId,
        String eventType,
        String status,
        int attempts,
        Instant nextAttemptAt,
        @Nullable Instant lastAttemptAt,
        @Nullable Integer lastStatus,
        @Nullable String lastError,
        Instant createdAt,
        @Nullable Instant deliveredAt,
        String body) {}
