package org.tollgate.app.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.tollgate.app.secrets.SecretBox;

/**
 * Sends the outbox. Each round claims due deliveries with {@code FOR UPDATE SKIP LOCKED} and moves their next
 * attempt one lease ahead in the same statement, then posts them outside any transaction: a process that dies
 * mid-attempt leaves the delivery to be tried again when the lease ends, so a delivery is never lost (it may arrive
 * twice; {@code Tollgate-Delivery} lets the receiver tell). A 2xx answer delivers; anything else (another status, a
 * timeout, a refused connection) is retried after {@code backoff}, doubling up to {@code max-backoff}, until
 * {@code max-attempts}, then the delivery is {@code failed}. Secrets are never logged.
 */
@Component
class WebhookDispatcher {
    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);

    private final JdbcClient jdbc;
    private final WebhookProperties props;
    private final Clock clock;
    private final HttpClient http;
    private final SecretBox secrets;

    WebhookDispatcher(JdbcClient jdbc, WebhookProperties props, Clock clock, SecretBox secrets) {
        this.secrets = secrets;
        this.jdbc = jdbc;
        this.props = props;
        this.clock = clock;
        this.http = HttpClient.newBuilder()
                .connectTimeout(props.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** A claimed delivery; {@code secret} as stored (sealed), opened only to sign. */
    private record Claimed(
            UUID id, UUID endpointId, String eventType, int attempts, String body, String url, String secret) {}

    @Scheduled(
            fixedDelayString = "${tollgate.webhooks.poll:PT1S}",
            initialDelayString = "${tollgate.webhooks.poll:PT1S}")
    void scheduled() {
        if (props.dispatch()) {
            try {
                dispatch();
            } catch (RuntimeException e) {
                log.error("Webhook dispatch: {}", e.getMessage(), e);
            }
        }
    }

    /** One round: claims and sends the due deliveries; returns how many were attempted. */
    synchronized int dispatch() {
        Instant now = now();
        List<Claimed> due = jdbc.sql("UPDATE webhook_delivery d SET next_attempt_at = :lease FROM webhook_endpoint e"
                        + " WHERE e.id = d.endpoint_id AND d.id IN (SELECT id FROM webhook_delivery WHERE status ="
                        + " 'pending' AND next_attempt_at <= :now ORDER BY next_attempt_at LIMIT :n FOR UPDATE SKIP"
                        + " LOCKED) RETURNING d.id, e.id AS endpoint_id, d.event_type, d.attempts, d.body, e.url,"
                        + " e.secret")
                .param("lease", WebhookService.ts(now.plus(props.lease())))
                .param("now", WebhookService.ts(now))
                .param("n", props.batch())
                .query((rs, n) -> new Claimed(
                        rs.getObject("id", UUID.class),
                        rs.getObject("endpoint_id", UUID.class),
                        rs.getString("event_type"),
                        rs.getInt("attempts"),
                        rs.getString("body"),
                        rs.getString("url"),
                        rs.getString("secret")))
                .list();
        for (Claimed c : due) {
            send(c);
        }
        return due.size();
    }

    private void send(Claimed c) {
        Instant at = now();
        Integer status = null;
        String error = null;
        try {
            HttpRequest req = HttpRequest.newBuilder(URI.create(c.url()))
                    .timeout(props.timeout())
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "Tollgate-Webhooks")
                    .header("Tollgate-Event", c.eventType())
                    .header("Tollgate-Delivery", c.id().toString())
                    .header(
                            WebhookSignature.HEADER,
                            WebhookSignature.header(
                                    secrets.open(c.secret(), WebhookService.secretContext(c.endpointId())),
                                    at.getEpochSecond(),
                                    c.body()))
                    .POST(HttpRequest.BodyPublishers.ofString(c.body()))
                    .build();
            HttpResponse<Void> r = http.send(req, HttpResponse.BodyHandlers.discarding());
            status = r.statusCode();
            if (status < 200 || status > 299) {
                error = "HTTP " + status;
            }
        } catch (IOException | IllegalArgumentException e) {
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        } catch (SecretBox.SecretUnreadableException e) {
            error = "cannot sign: " + e.getMessage(); // retried: the right key may be configured meanwhile
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return; // the lease runs out and the delivery is tried again
        }
        record(c, at, status, error);
    }

    private void record(Claimed c, Instant at, @Nullable Integer status, @Nullable String error) {
        int attempts = c.attempts() + 1;
        if (error == null) {
            jdbc.sql("UPDATE webhook_delivery SET status = 'delivered', attempts = :a, last_attempt_at = :at,"
                            + " last_status = :s, last_error = NULL, delivered_at = :at WHERE id = :id")
                    .param("a", attempts)
                    .param("at", WebhookService.ts(at))
                    .param("s", status)
                    .param("id", c.id())
                    .update();
            return;
        }
        boolean giveUp = attempts >= props.maxAttempts();
        Duration wait = backoff(props.backoff(), props.maxBackoff(), attempts);
        jdbc.sql("UPDATE webhook_delivery SET status = :st, attempts = :a, last_attempt_at = :at, last_status = :s,"
                        + " last_error = :e, next_attempt_at = :next WHERE id = :id")
                .param("st", giveUp ? "failed" : "pending")
                .param("a", attempts)
                .param("at", WebhookService.ts(at))
                .param("s", status)
                .param("e", error.length() > 500 ? error.substring(0, 500) : error)
                .param("next", WebhookService.ts(at.plus(wait)))
                .param("id", c.id())
                .update();
        log.warn(
                "Webhook delivery {} ({}) to {} failed (attempt {}): {}{}",
                c.id(),
                c.eventType(),
                URI.create(c.url()).getHost(),
                attempts,
                error,
                giveUp ? "; given up" : "; next in " + wait);
    }

    /** {@code base}, doubled after each failed attempt after the first, at most {@code max}. */
    static Duration backoff(Duration base, Duration max, int attempts) {
        Duration d = base;
        for (int i = 1; i < attempts && d.compareTo(max) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(max) > 0 ? max : d;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
