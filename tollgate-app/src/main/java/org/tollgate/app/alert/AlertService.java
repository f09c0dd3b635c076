package org.tollgate.app.alert;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.tollgate.app.audit.AuditEntry;
import org.tollgate.app.audit.AuditLog;
import org.tollgate.app.auth.Caller;
import org.tollgate.app.screening.HitView;
import org.tollgate.app.screening.SubjectScreening;
import org.tollgate.app.tenant.TenantScope;
import org.tollgate.app.web.ApiProblem;

/**
 * Alerts: raised from screenings, decided by analysts. With the four-eyes rule ({@code tollgate.alerts.four-eyes},
 * on by default) a true match proposed by one analyst waits in {@code pending_confirmation} until a different
 * analyst confirms it.
 */
@Service
public class AlertService {
    private final AlertRepository alerts;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final boolean fourEyes;
    private final tools.jackson.databind.json.JsonMapper json;

    AlertService(
            AlertRepository alerts,
            tools.jackson.databind.json.JsonMapper json,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${tollgate.alerts.four-eyes:true}") boolean fourEyes) {
        this.alerts = alerts;
        this.json = json;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.fourEyes = fourEyes;
    }

    /** An analyst's decision. */
    public enum Decision {
        @com.fasterxml.jackson.annotation.JsonProperty("true_match")
        TRUE_MATCH,
        @com.fasterxml.jackson.annotation.JsonProperty("false_positive")
        FALSE_POSITIVE,
        @com.fasterxml.jackson.annotation.JsonProperty("escalated")
        ESCALATED
    }

    public Alert get(TenantScope scope, UUID id) {
        return alerts.find(scope, id).orElseThrow(() -> ApiProblem.notFound("alert", id));
    }

    public List<Alert> list(
            TenantScope scope,
            @Nullable AlertStatus status,
            @Nullable UUID customer,
            @Nullable String kind,
            int limit) {
        return alerts.list(scope, status, customer, kind, limit);
    }

    public List<Alert> forCustomer(TenantScope scope, UUID customerId) {
        return alerts.forCustomer(scope, customerId);
    }

    public List<AlertRepository.Action> history(TenantScope scope, UUID id) {
        return alerts.actions(scope, id);
    }

    @Nullable
    public String hit(TenantScope scope, Alert a) {
        if (a.screeningId() == null || a.entityId() == null) {
            return null; // a geo alert: its facts are in the evidence
        }
        return alerts.hitJson(scope, a.screeningId(), a.entityId()).orElse(null);
    }

    /**
     * Raises an alert for every alerting hit the allow-list did not clear, unless the same (customer, name, entity)
     * already has one that is unresolved or confirmed (then the new screening adds nothing to review). A pair an
     * analyst cleared as a false positive is raised again: the customer's screened data changed since (otherwise it
     * would not have been screened), and only the allow-list suppresses durably.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Alert> raise(
            TenantScope scope, UUID tenantId, UUID customerId, List<SubjectScreening> screenings, String actor) {
        if (screenings.stream().allMatch(s -> s.alerts().isEmpty())) {
            return List.of(); // nothing to raise: no need to read what the customer has
        }
        return raise(scope, tenantId, customerId, screenings, alerts.forCustomer(scope, customerId), actor);
    }

    /**
     * Like {@link #raise(TenantScope, UUID, UUID, List, String)}, with the customer's alerts as the caller read them
     * in this transaction ({@code existing}; none for a customer created in it).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Alert> raise(
            TenantScope scope,
            UUID tenantId,
            UUID customerId,
            List<SubjectScreening> screenings,
            List<Alert> existing,
            String actor) {
        List<Alert> raised = new java.util.ArrayList<>();
        Instant now = now();
        for (SubjectScreening s : screenings) {
            for (HitView h : s.alerts()) {
                boolean known = existing.stream()
                                .anyMatch(a -> h.entityId().equals(a.entityId())
                                        && a.subjectName().equals(s.subject().name())
                                        && (a.status().unresolved() || a.status() == AlertStatus.TRUE_MATCH))
                        || raised.stream()
                                .anyMatch(a -> h.entityId().equals(a.entityId())
                                        && a.subjectName().equals(s.subject().name()));
                if (known) {
                    continue;
                }
                Alert a = new Alert(
                        UUID.randomUUID(),
                        tenantId,
                        customerId,
                        s.subject().key(),
                        s.subject().name(),
                        h.entityId(),
                        h.name(),
                        h.source(),
                        h.score(),
                        s.id(),
                        AlertStatus.OPEN,
                        now,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        Alert.SCREENING,
                        null);
                alerts.insert(a);
                alerts.insertAction(a, now, actor, "opened", null, null, null);
                audit.append(new AuditEntry(
                        tenantId,
                        actor,
                        "alert.opened",
                        "alert",
                        a.id().toString(),
                        Map.of(
                                "customer_id", customerId.toString(),
                                "subject", s.subject().key(),
                                "entity_id", h.entityId(),
                                "score", h.score(),
                                "screening_id", s.id().toString())));
                events.publishEvent(new AlertEvent(a, "opened"));
                raised.add(a);
            }
        }
        return raised;
    }

    /**
     * Opens a geo alert (an access-log finding: an embargoed location, a repeated country mismatch) unless the customer
     * already has an unresolved or confirmed one with the same key; then the signal is added to that alert's evidence
     * (a count and the latest event) and nothing new is opened. Decided like any alert.
     *
     * @param geoKey what deduplicates: {@code <signal kind>:<jurisdiction or country>}
     * @param title what was found, for the queue ({@code embargoed location: Crimea region of Ukraine (UA-CRIMEA)})
     * @param evidence the signal: kind, IP, country, region, rule, first and last event time ({@code at},
     *     {@code last_at}), {@code last_ip}
     * @return the alert when opened now, empty when the signal joined an existing one
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public java.util.Optional<Alert> raiseGeo(
            UUID tenantId, UUID customerId, String geoKey, String title, Map<String, Object> evidence, String actor) {
        Instant now = now();
        Map<String, Object> ev = new LinkedHashMap<>(evidence);
        ev.putIfAbsent("signals", 1);
        Alert a = new Alert(
                UUID.randomUUID(),
                tenantId,
                customerId,
                "access_log",
                "",
                null,
                title,
                "access_log",
                0,
                null,
                AlertStatus.OPEN,
                now,
                null,
                null,
                null,
                null,
                null,
                null,
                Alert.GEO,
                ev);
        AlertRepository.GeoUpsert u = alerts.upsertGeo(a, geoKey, json.writeValueAsString(ev));
        if (!u.opened()) {
            return java.util.Optional.empty();
        }
        alerts.insertAction(a, now, actor, "opened", null, null, null);
        audit.append(new AuditEntry(
                tenantId,
                actor,
                "alert.opened",
                "alert",
                a.id().toString(),
                Map.of("customer_id", customerId.toString(), "kind", Alert.GEO, "geo_key", geoKey)));
        return java.util.Optional.of(a);
    }

    /** Records an analyst's decision on an alert and re-assesses the customer. */
    @Transactional
    public Alert decide(
            Caller caller,
            TenantScope scope,
            UUID id,
            Decision decision,
            @Nullable String note,
            @Nullable String reason) {
        Alert a = alerts.lock(scope, id).orElseThrow(() -> ApiProblem.notFound("alert", id));
        AlertStatus from = a.status();
        if (from == AlertStatus.TRUE_MATCH || from == AlertStatus.FALSE_POSITIVE) {
            throw ApiProblem.conflict("alert " + id + " is already decided (" + from.code() + ")");
        }
        Instant now = now();
        String actor = caller.actor();
        String action;
        Alert next;
        switch (decision) {
            case FALSE_POSITIVE -> {
                if (reason == null || reason.isBlank()) {
                    throw ApiProblem.invalid("reason", "a false positive needs a reason");
                }
                next = with(a, AlertStatus.FALSE_POSITIVE, actor, now, note, reason.strip(), null, null);
                action = "false_positive";
            }
            case ESCALATED -> {
                next = with(a, AlertStatus.ESCALATED, actor, now, note, null, null, null);
                action = "escalated";
            }
            case TRUE_MATCH -> {
                if (!fourEyes) {
                    next = with(a, AlertStatus.TRUE_MATCH, actor, now, note, null, null, null);
                    action = "true_match";
                } else if (from != AlertStatus.PENDING_CONFIRMATION) {
                    next = with(a, AlertStatus.PENDING_CONFIRMATION, actor, now, note, null, null, null);
                    action = "true_match_proposed";
                } else if (actor.equals(a.decidedBy())) {
                    throw ApiProblem.forbidden(
                            "four-eyes rule: a true match must be confirmed by a second analyst, not by " + actor
                                    + " who proposed it");
                } else {
                    next = new Alert(
                            a.id(),
                            a.tenantId(),
                            a.customerId(),
                            a.subject(),
                            a.subjectName(),
                            a.entityId(),
                            a.entityName(),
                            a.source(),
                            a.score(),
                            a.screeningId(),
                            AlertStatus.TRUE_MATCH,
                            a.createdAt(),
                            a.decidedBy(),
                            a.decidedAt(),
                            note == null ? a.note() : note,
                            null,
                            actor,
                            now,
                            a.kind(),
                            a.evidence());
                    action = "true_match_confirmed";
                }
            }
            default -> throw new IllegalStateException(decision.name());
        }
        alerts.update(next);
        alerts.insertAction(next, now, actor, action, from, note, next.reason());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("from", from.code());
        details.put("to", next.status().code());
        details.put("customer_id", a.customerId().toString());
        if (a.entityId() != null) {
            details.put("entity_id", a.entityId());
        }
        if (a.geo()) {
            details.put("kind", a.kind());
        }
        if (next.reason() != null) {
            details.put("reason", next.reason());
        }
        if (note != null) {
            details.put("note", note);
        }
        audit.append(caller.audit(a.tenantId(), "alert." + action, "alert", a.id(), details));
        events.publishEvent(new AlertDecided(scope, a.customerId(), actor));
        events.publishEvent(new AlertEvent(next, action));
        return next;
    }

    /**
     * Closes every unresolved alert (open, pending confirmation, escalated) for list entities that were removed from
     * their list, with the given reason ({@code delisted on <date>}); the alerts stay in the record with their
     * history. A system job across tenants (the list update), so it takes no scope. Returns the closed alerts.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Alert> closeDelisted(java.util.Collection<String> entityIds, String reason, String actor) {
        if (entityIds.isEmpty()) {
            return List.of();
        }
        Instant now = now();
        List<Alert> closed = new java.util.ArrayList<>();
        for (Alert a : alerts.lockUnresolvedForEntities(entityIds)) {
            Alert next = with(a, AlertStatus.CLOSED, actor, now, a.note(), reason, null, null);
            alerts.update(next);
            alerts.insertAction(next, now, actor, "closed_delisted", a.status(), null, reason);
            audit.append(new AuditEntry(
                    a.tenantId(),
                    actor,
                    "alert.closed",
                    "alert",
                    a.id().toString(),
                    Map.of(
                            "from", a.status().code(),
                            "customer_id", a.customerId().toString(),
                            "entity_id", a.entityId(),
                            "reason", reason)));
            events.publishEvent(new AlertEvent(next, "closed_delisted"));
            closed.add(next);
        }
        return closed;
    }

    private static Alert with(
            Alert a,
            AlertStatus status,
            String actor,
            Instant at,
            @Nullable String note,
            @Nullable String reason,
            @Nullable String confirmedBy,
            @Nullable Instant confirmedAt) {
        return new Alert(
                a.id(),
                a.tenantId(),
                a.customerId(),
                a.subject(),
                a.subjectName(),
                a.entityId(),
                a.entityName(),
                a.source(),
                a.score(),
                a.screeningId(),
                status,
                a.createdAt(),
                actor,
                at,
                note,
                reason,
                confirmedBy,
                confirmedAt,
                a.kind(),
                a.evidence());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
