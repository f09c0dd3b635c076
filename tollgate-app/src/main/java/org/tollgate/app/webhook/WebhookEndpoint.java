package org.tollgate.app.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A tenant's webhook endpoint (never with its secret).
 *
 * @param id the endpoint id
 * @param tenantId its tenant
 * @param url where deliveries are POSTed
 * @param events the event types it receives ({@code alert.opened}, {@code alert.decided}, {@code alert.closed},
 *     {@code rescreen.completed})
 * @param active false once deleted (its deliveries stay visible)
 * @param createdAt when it was created
 * @param createdBy by whom
 */
public record WebhookEndpoint(
        UUID id, UUID tenantId, String url, List<String> events, boolean active, Instant createdAt, String createdBy) {
    public WebhookEndpoint {
        events = List.copyOf(events);
    }
}
