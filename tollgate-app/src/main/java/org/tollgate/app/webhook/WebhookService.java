package org.tollgate.app.webhook;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.tollgate.app.alert.Alert;
import org.tollgate.app.alert.AlertEvent;
import org.tollgate.app.audit.AuditLog;
import org.tollgate.app.auth.Caller;
import org.tollgate.app.rescreen.RescreenCompleted;
import org.tollgate.app.rescreen.RescreenRun;
import org.tollgate.app.secrets.SecretBox;
import org.tollgate.app.tenant.TenantScope;
import org.tollgate.app.web.ApiProblem;
import tools.jackson.databind.json.JsonMapper;

/**
 * Webhooks: per-tenant endpoints, and the outbox. An event (an alert opened, decided or closed; a re-screen run
 * finished) writes one delivery row per subscribed endpoint in the transaction that made the event, so a delivery
 * exists exactly when the event committed and survives any restart; {@link WebhookDispatcher} sends them.
 *
 * <p>An endpoint receives its own tenant's events; a provider's endpoint also receives its resellers' alert events.
 * A re-screen run is announced to each tenant with its own customers' counts, and to the provider with the whole
 * run.
 */
@Service
@EnableConfigurationProperties(WebhookProperties.class)
public class WebhookService {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(WebhookService.class);
    /** The event types an endpoint may subscribe to. */
    public static final Set<String> EVENTS =
            Set.of("alert.opened", "alert.decided", "alert.closed", "rescreen.completed");

    private static final String ENDPOINT_COLUMNS = "id, tenant_id, url, events, active, created_at, created_by";
    private static final String DELIVERY_COLUMNS = "id, tenant_id, endpoint_id, event_type, status, attempts,"
            + " next_attempt_at, last_attempt_at, last_status, last_error, created_at, delivered_at, body";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final AuditLog audit;
    private final Clock clock;

    private final SecretBox secrets;

    WebhookService(JdbcClient jdbc, JsonMapper json, AuditLog audit, Clock clock, SecretBox secrets) {
        this.secrets = secrets;
        this.jdbc = jdbc;
        this.json = json;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A new endpoint and its signing secret, which is in this answer only.
     *
     * @param endpoint the endpoint
     * @param secret the HMAC secret ({@code whsec_...})
     */
    public record Created(WebhookEndpoint endpoint, String secret) {}

    @Transactional
    public Created create(Caller caller, String url, List<String> events) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw ApiProblem.invalid("url", "is not a URL: " + e.getReason());
        }
        if (!uri.isAbsolute()
                || !("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                || uri.getHost() == null) {
            throw ApiProblem.invalid("url", "must be an absolute http or https URL");
        }
        List<String> types = events.isEmpty() ? EVENTS.stream().sorted().toList() : events;
        for (int i = 0; i < types.size(); i++) {
            if (!EVENTS.contains(types.get(i))) {
                throw ApiProblem.invalid(
                        "events[" + i + "]",
                        "unknown event type; one of " + EVENTS.stream().sorted().toList());
            }
        }
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String secret = "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        WebhookEndpoint e = new WebhookEndpoint(
                UUID.randomUUID(),
                caller.tenantId(),
                uri.toString(),
                types.stream().distinct().sorted().toList(),
                true,
                now(),
                caller.actor());
        jdbc.sql("INSERT INTO webhook_endpoint (" + ENDPOINT_COLUMNS + ", secret) VALUES (:id, :tenant, :url,"
                        + " :events, true, :at, :by, :secret)")
                .param("id", e.id())
                .param("tenant", e.tenantId())
                .param("url", e.url())
                .param("events", e.events().toArray(String[]::new))
                .param("at", ts(e.createdAt()))
                .param("by", e.createdBy())
                .param("secret", secrets.seal(secret, secretContext(e.id())))
                .update();
        audit.append(caller.audit(
                e.tenantId(),
                "webhook.created",
                "webhook_endpoint",
                e.id(),
                Map.of("url", e.url(), "events", e.events())));
        return new Created(e, secret);
    }

    /** What a sealed endpoint secret is bound to: its row. */
    static String secretContext(UUID endpointId) {
        return "webhook_endpoint:" + endpointId;
    }

    /**
     * Seals the secrets an older version stored in clear, once at start (each row on its own, so a concurrent start
     * of another instance only repeats work: a sealed row is skipped).
     */
    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    public int sealLegacySecrets() {
        List<UUID> clear = jdbc.sql("SELECT id FROM webhook_endpoint WHERE secret NOT LIKE 'v1:%'")
                .query(UUID.class)
                .list();
        int sealed = 0;
        for (UUID id : clear) {
            String stored = jdbc.sql("SELECT secret FROM webhook_endpoint WHERE id = :id")
                    .param("id", id)
                    .query(String.class)
                    .single();
            if (!SecretBox.isSealed(stored)) {
                sealed += jdbc.sql("UPDATE webhook_endpoint SET secret = :sealed WHERE id = :id AND secret = :clear")
                        .param("sealed", secrets.seal(stored, secretContext(id)))
                        .param("id", id)
                        .param("clear", stored)
                        .update();
            }
        }
        if (sealed > 0) {
            log.info("Sealed {} webhook secret(s) stored in clear by an older version", sealed);
        }
        return sealed;
    }

    public List<WebhookEndpoint> list(TenantScope scope) {
        return jdbc.sql("SELECT " + ENDPOINT_COLUMNS + " FROM webhook_endpoint WHERE tenant_id = ANY(:visible)"
                        + " ORDER BY created_at DESC, id")
                .param("visible", scope.ids())
                .query(WebhookService::endpoint)
                .list();
    }

    public WebhookEndpoint get(TenantScope scope, UUID id) {
        return jdbc.sql("SELECT " + ENDPOINT_COLUMNS + " FROM webhook_endpoint WHERE id = :id"
                        + " AND tenant_id = ANY(:visible)")
                .param("id", id)
                .param("visible", scope.ids())
                .query(WebhookService::endpoint)
                .optional()
                .orElseThrow(() -> ApiProblem.notFound("webhook endpoint", id));
    }

    /** Deactivates an endpoint: no new deliveries, pending ones are dropped as failed; the record stays. */
    @Transactional
    public void delete(Caller caller, TenantScope scope, UUID id) {
        WebhookEndpoint e = get(scope, id);
        jdbc.sql("UPDATE webhook_endpoint SET active = false WHERE id = :id")
                .param("id", id)
                .update();
        jdbc.sql("UPDATE webhook_delivery SET status = 'failed', last_error = 'endpoint deleted' WHERE endpoint_id ="
                        + " :id AND status = 'pending'")
                .param("id", id)
                .update();
        audit.append(caller.audit(e.tenantId(), "webhook.deleted", "webhook_endpoint", id, Map.of("url", e.url())));
    }

    /** An endpoint's deliveries, newest first. */
    public List<WebhookDelivery> deliveries(TenantScope scope, UUID endpointId, @Nullable String status, int limit) {
        get(scope, endpointId);
        return jdbc.sql("SELECT " + DELIVERY_COLUMNS + " FROM webhook_delivery WHERE endpoint_id = :e"
                        + " AND tenant_id = ANY(:visible) AND (CAST(:status AS text) IS NULL OR status = :status)"
                        + " ORDER BY created_at DESC, id LIMIT :limit")
                .param("e", endpointId)
                .param("visible", scope.ids())
                .param("status", status)
                .param("limit", limit)
                .query(WebhookService::delivery)
                .list();
    }

    // ---- the outbox

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void onAlert(AlertEvent e) {
        Alert a = e.alert();
        String type = switch (e.action()) {
            case "opened" -> "alert.opened";
            case "closed_delisted" -> "alert.closed";
            default -> "alert.decided";
        };
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("alert_id", a.id().toString());
        data.put("customer_id", a.customerId().toString());
        data.put("subject", a.subject());
        data.put("entity_id", a.entityId());
        data.put("entity_name", a.entityName());
        data.put("score", a.score());
        data.put("status", a.status().code());
        data.put("action", e.action());
        if (a.reason() != null) {
            data.put("reason", a.reason());
        }
        enqueue(a.tenantId(), type, data, true);
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void onRescreen(RescreenCompleted e) {
        RescreenRun r = e.run();
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("run_id", r.id());
        run.put("kind", r.kind());
        run.put("trigger", r.trigger());
        run.put("status", r.status());
        if (r.source() != null) {
            run.put("source", r.source());
            run.put("before_hash", r.beforeHash());
            run.put("after_hash", r.afterHash());
        }
        run.put("finished_at", String.valueOf(r.finishedAt()));
        // the provider (every provider tenant) sees the whole run; each tenant touched gets its own counts
        for (UUID provider : jdbc.sql("SELECT id FROM tenant WHERE kind = 'provider'")
                .query(UUID.class)
                .list()) {
            Map<String, Object> d = new LinkedHashMap<>(run);
            d.put("scope", "run");
            d.put("screened", r.screened());
            d.put("new_alerts", r.newAlerts());
            d.put("closed_alerts", r.closedAlerts());
            d.put("reopened_allow_list", r.reopenedAllowList());
            d.put("errors", r.errorCount());
            enqueue(provider, "rescreen.completed", d, false);
        }
        e.byTenant().forEach((tenant, counts) -> {
            boolean provider = jdbc.sql("SELECT kind = 'provider' FROM tenant WHERE id = :t")
                    .param("t", tenant)
                    .query(Boolean.class)
                    .optional()
                    .orElse(true);
            if (!provider) {
                Map<String, Object> d = new LinkedHashMap<>(run);
                d.put("scope", "tenant");
                d.putAll(counts);
                enqueue(tenant, "rescreen.completed", d, false);
            }
        });
    }

    /**
     * Writes one delivery per active endpoint subscribed to {@code type} of the tenant (and, with {@code
     * withParent}, of its provider), in the caller's transaction. Returns how many.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int enqueue(UUID tenantId, String type, Map<String, ?> data, boolean withParent) {
        List<UUID[]> targets = jdbc.sql(
                        "SELECT id, tenant_id FROM webhook_endpoint WHERE active AND :type = ANY(events)"
                                + " AND (tenant_id = :t OR (:parent AND tenant_id = (SELECT parent_id FROM tenant WHERE id ="
                                + " :t)))")
                .param("type", type)
                .param("t", tenantId)
                .param("parent", withParent)
                .query((rs, n) -> new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)})
                .list();
        Instant now = now();
        for (UUID[] t : targets) {
            UUID id = UUID.randomUUID();
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("id", id.toString());
            body.put("type", type);
            body.put("created_at", now.toString());
            body.put("tenant_id", tenantId.toString());
            body.put("data", data);
            jdbc.sql("INSERT INTO webhook_delivery (id, tenant_id, endpoint_id, event_type, body, status, attempts,"
                            + " next_attempt_at, created_at) VALUES (:id, :tenant, :endpoint, :type, :body, 'pending', 0,"
                            + " :at, :at)")
                    .param("id", id)
                    // the delivery belongs to the endpoint's tenant: it is that tenant's record of what was sent
                    .param("tenant", t[1])
                    .param("endpoint", t[0])
                    .param("type", type)
                    .param("body", json.writeValueAsString(body))
                    .param("at", ts(now))
                    .update();
        }
        return targets.size();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    static @Nullable OffsetDateTime ts(@Nullable Instant i) {
        return i == null ? null : OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
    }

    private static @Nullable Instant instant(ResultSet rs, String c) throws SQLException {
        OffsetDateTime t = rs.getObject(c, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    static WebhookEndpoint endpoint(ResultSet rs, int n) throws SQLException {
        String[] events = (String[]) rs.getArray("events").getArray();
        return new WebhookEndpoint(
                rs.getObject("id", UUID.class),
                rs.getObject("tenant_id", UUID.class),
                rs.getString("url"),
                new ArrayList<>(Arrays.asList(events)),
                rs.getBoolean("active"),
                instant(rs, "created_at"),
                rs.getString("created_by"));
    }

    static WebhookDelivery delivery(ResultSet rs, int n) throws SQLException {
        return new WebhookDelivery(
                rs.getObject("id", UUID.class),
                rs.getObject("tenant_id", UUID.class),
                rs.getObject("endpoint_id", UUID.class),
                rs.getString("event_type"),
                rs.getString("status"),
                rs.getInt("attempts"),
                instant(rs, "next_attempt_at"),
                instant(rs, "last_attempt_at"),
                (Integer) rs.getObject("last_status"),
                rs.getString("last_error"),
                instant(rs, "created_at"),
                instant(rs, "delivered_at"),
                rs.getString("body"));
    }
}
