package org.tollgate.app.allowlist;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.tollgate.app.alert.AlertRepository;
import org.tollgate.app.audit.AuditEntry;
import org.tollgate.app.audit.AuditLog;
import org.tollgate.app.auth.Caller;
import org.tollgate.app.customer.CustomerRecord;
import org.tollgate.app.customer.CustomerRepository;
import org.tollgate.app.tenant.TenantScope;
import org.tollgate.app.web.ApiProblem;

/**
 * The allow-list ("good guy" list). An analyst clears a (customer, list entity) pair that was decided a false
 * positive; later screenings of the customer raise no alert for that entity until the entry expires, is revoked
 * ({@link #revoke}) or is re-opened — automatically when the customer's screened data changes ({@link
 * #reopenForCustomer}) or the list entity changes materially ({@link #reopenForEntities}, called when a list update
 * is accepted). Its expiry can be changed ({@link #changeExpiry}).
 *
 * <p>The four-eyes rule guards what widens a suppression — a new entry, a later expiry — and nothing that narrows
 * one: a revocation or a shorter expiry only makes screening stricter, so it takes effect at once.
 */
@Service
public class AllowListService {
    private static final String COLUMNS = "id, tenant_id, customer_id, entity_id, reason, approved_by, created_at,"
            + " expires_at, status, reopened_at, reopen_reason, confirmed_by, confirmed_at, proposed_by,"
            + " expiry_changed_by, expiry_changed_at, expiry_change_reason, revoked_by, revoked_at, revoke_reason";
    private static final int MAX_REASON = 2000;

    private final JdbcClient jdbc;
    private final AlertRepository alerts;
    private final CustomerRepository customers;
    private final AuditLog audit;
    private final Clock clock;
    private final boolean fourEyes;

    AllowListService(
            JdbcClient jdbc,
            AlertRepository alerts,
            CustomerRepository customers,
            AuditLog audit,
            Clock clock,
            @Value("${tollgate.allow-list.four-eyes:true}") boolean fourEyes) {
        this.jdbc = jdbc;
        this.alerts = alerts;
        this.customers = customers;
        this.audit = audit;
        this.clock = clock;
        this.fourEyes = fourEyes;
    }

    /**
     * Clears a pair an analyst decided a false positive. Under the four-eyes rule ({@code tollgate.allow-list.four-eyes},
     * on by default) the entry is pending, and clears nothing, until a different analyst {@linkplain #confirm confirms}
     * it.
     */
    @Transactional
    public AllowListEntry create(
            Caller caller,
            TenantScope scope,
            UUID customerId,
            String entityId,
            String reason,
            @Nullable Instant expiresAt) {
        CustomerRecord c =
                customers.find(scope, customerId).orElseThrow(() -> ApiProblem.notFound("customer", customerId));
        if (!alerts.clearedAsFalsePositive(scope, customerId, entityId)) {
            throw ApiProblem.conflict("no alert of customer " + customerId + " for " + entityId
                    + " was decided a false positive; decide the alert first");
        }
        Instant now = now();
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            throw ApiProblem.invalid("expires_at", "must be in the future");
        }
        String status = fourEyes ? "pending" : "active";
        AllowListEntry e = new AllowListEntry(
                UUID.randomUUID(),
                c.tenantId(),
                customerId,
                entityId,
                reason.strip(),
                caller.actor(),
                now,
                expiresAt,
                status,
                null,
                null,
                null,
                null,
                caller.actor(),
                null,
                null,
                null,
                null,
                null,
                null);
        jdbc.sql("INSERT INTO allow_list_entry (" + COLUMNS + ") VALUES (:id, :tenant, :customer, :entity, :reason,"
                        + " :by, :at, :expires, :status, NULL, NULL, NULL, NULL, :by,"
                        + " NULL, NULL, NULL, NULL, NULL, NULL)")
                .param("id", e.id())
                .param("tenant", e.tenantId())
                .param("customer", customerId)
                .param("entity", entityId)
                .param("reason", e.reason())
                .param("by", e.approvedBy())
                .param("at", ts(now))
                .param("expires", ts(expiresAt))
                .param("status", status)
                .update();
        audit.append(caller.audit(
                e.tenantId(),
                fourEyes ? "allow_list.proposed" : "allow_list.created",
                "allow_list_entry",
                e.id(),
                Map.of(
                        "customer_id", customerId.toString(),
                        "entity_id", entityId,
                        "reason", e.reason(),
                        "expires_at", String.valueOf(expiresAt))));
        return e;
    }

    /**
     * The second analyst's confirmation of a pending entry (four-eyes rule): the entry becomes active. The analyst
     * whose proposal it is ({@link AllowListEntry#proposedBy()}: who created the entry or, after an extension, who
     * extended it) cannot confirm it (403); an entry that is not pending cannot be confirmed (409).
     */
    @Transactional
    public AllowListEntry confirm(Caller caller, TenantScope scope, UUID id) {
        AllowListEntry e = lock(scope, id);
        if (!e.status().equals("pending")) {
            throw ApiProblem.conflict("allow-list entry " + id + " is " + e.status() + ", not pending confirmation");
        }
        if (e.proposedBy().equals(caller.actor())) {
            throw ApiProblem.forbidden("four-eyes rule: an allow-list entry must be confirmed by a second analyst, not"
                    + " by " + caller.actor() + " who proposed it");
        }
        Instant now = now();
        if (e.expiresAt() != null && !e.expiresAt().isAfter(now)) {
            throw ApiProblem.conflict("allow-list entry " + id + " expired before it was confirmed");
        }
        AllowListEntry confirmed = jdbc.sql("UPDATE allow_list_entry SET status = 'active', confirmed_by = :by,"
                        + " confirmed_at = :at WHERE id = :id RETURNING " + COLUMNS)
                .param("by", caller.actor())
                .param("at", ts(now))
                .param("id", id)
                .query(AllowListService::map)
                .single();
        audit.append(caller.audit(
                e.tenantId(),
                "allow_list.confirmed",
                "allow_list_entry",
                e.id(),
                Map.of(
                        "customer_id", e.customerId().toString(),
                        "entity_id", e.entityId(),
                        "proposed_by", e.proposedBy(),
                        "expires_at", String.valueOf(e.expiresAt()))));
        return confirmed;
    }

    /**
     * Revokes an entry: from now on it clears nothing, and the next screening of the customer raises the pair's alert
     * again. A pending, active or re-opened entry can be revoked; a revoked one cannot (409), and a revocation is
     * final. It takes effect at once, without the four-eyes rule: removing a suppression only makes screening
     * stricter, so there is nothing a second analyst would have to guard against.
     */
    @Transactional
    public AllowListEntry revoke(Caller caller, TenantScope scope, UUID id, String reason) {
        String why = requireReason(reason);
        AllowListEntry e = lock(scope, id);
        if (e.revoked()) {
            throw ApiProblem.conflict("allow-list entry " + id + " is already revoked");
        }
        AllowListEntry revoked = jdbc.sql("UPDATE allow_list_entry SET status = 'revoked', revoked_by = :by,"
                        + " revoked_at = :at, revoke_reason = :why WHERE id = :id RETURNING " + COLUMNS)
                .param("by", caller.actor())
                .param("at", ts(now()))
                .param("why", why)
                .param("id", id)
                .query(AllowListService::map)
                .single();
        audit.append(caller.audit(
                e.tenantId(),
                "allow_list.revoked",
                "allow_list_entry",
                e.id(),
                Map.of(
                        "customer_id", e.customerId().toString(),
                        "entity_id", e.entityId(),
                        "previous_status", e.status(),
                        "reason", why)));
        return revoked;
    }

    /**
     * Moves an entry's expiry to {@code expiresAt}, which must be in the future (400 naming {@code expires_at}); a
     * revoked entry cannot be changed (409).
     *
     * <p>The rule, kept simple: an <em>extension</em> (a later expiry than the current one) lengthens a suppression,
     * so under the four-eyes rule it puts an active entry back to {@code pending} — clearing nothing in the meantime
     * — until an analyst other than the one who extended it {@linkplain #confirm confirms} it; the extender becomes
     * the entry's {@link AllowListEntry#proposedBy() proposer}. A <em>shortening</em> (an earlier expiry, or any
     * expiry for an entry that had none) only makes screening stricter and takes effect at once, keeping the status.
     * A pending or re-opened entry keeps its status either way.
     */
    @Transactional
    public AllowListEntry changeExpiry(Caller caller, TenantScope scope, UUID id, Instant expiresAt, String reason) {
        String why = requireReason(reason);
        AllowListEntry e = lock(scope, id);
        if (e.revoked()) {
            throw ApiProblem.conflict("allow-list entry " + id + " is revoked; its expiry can no longer be changed");
        }
        Instant now = now();
        Instant until = expiresAt.truncatedTo(ChronoUnit.MICROS);
        if (!until.isAfter(now)) {
            throw ApiProblem.invalid("expires_at", "must be in the future");
        }
        boolean extension = e.expiresAt() != null && until.isAfter(e.expiresAt());
        String status = extension && fourEyes && e.status().equals("active") ? "pending" : e.status();
        String proposer = extension ? caller.actor() : e.proposedBy();
        AllowListEntry changed = jdbc.sql("UPDATE allow_list_entry SET expires_at = :expires, status = :status,"
                        + " proposed_by = :proposer, expiry_changed_by = :by, expiry_changed_at = :at,"
                        + " expiry_change_reason = :why WHERE id = :id RETURNING " + COLUMNS)
                .param("expires", ts(until))
                .param("status", status)
                .param("proposer", proposer)
                .param("by", caller.actor())
                .param("at", ts(now))
                .param("why", why)
                .param("id", id)
                .query(AllowListService::map)
                .single();
        audit.append(caller.audit(
                e.tenantId(),
                "allow_list.expiry_changed",
                "allow_list_entry",
                e.id(),
                Map.of(
                        "customer_id", e.customerId().toString(),
                        "entity_id", e.entityId(),
                        "change", extension ? "extended" : "shortened",
                        "previous_expires_at", String.valueOf(e.expiresAt()),
                        "expires_at", until.toString(),
                        "previous_status", e.status(),
                        "status", status,
                        "reason", why)));
        return changed;
    }

    public List<AllowListEntry> list(TenantScope scope, @Nullable UUID customerId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM allow_list_entry WHERE tenant_id = ANY(:visible)"
                        + " AND (CAST(:customer AS uuid) IS NULL OR customer_id = :customer)"
                        + " ORDER BY created_at DESC, id")
                .param("visible", scope.ids())
                .param("customer", customerId)
                .query(AllowListService::map)
                .list();
    }

    /**
     * Whether an active, unexpired entry clears the pair. Only {@code active} counts: a pending, re-opened or revoked
     * entry clears nothing.
     */
    public boolean clears(TenantScope scope, UUID customerId, String entityId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM allow_list_entry WHERE customer_id = :c AND entity_id = :e"
                        + " AND status = 'active' AND (expires_at IS NULL OR expires_at > :now)"
                        + " AND tenant_id = ANY(:visible))")
                .param("c", customerId)
                .param("e", entityId)
                .param("now", ts(now()))
                .param("visible", scope.ids())
                .query(Boolean.class)
                .single();
    }

    /** Re-opens every active entry of a customer whose screened data changed (in the caller's transaction). */
    @Transactional(propagation = Propagation.MANDATORY)
    public int reopenForCustomer(TenantScope scope, UUID customerId, int version, String actor) {
        List<AllowListEntry> reopened = jdbc.sql("UPDATE allow_list_entry SET status = 'reopened', reopened_at = :at,"
                        + " reopen_reason = :why WHERE customer_id = :c AND status IN ('active', 'pending')"
                        + " AND tenant_id = ANY(:visible) RETURNING " + COLUMNS)
                .param("at", ts(now()))
                .param("why", "the customer's screened data changed (version " + version + ")")
                .param("c", customerId)
                .param("visible", scope.ids())
                .query(AllowListService::map)
                .list();
        for (AllowListEntry e : reopened) {
            audit.append(new AuditEntry(
                    e.tenantId(),
                    actor,
                    "allow_list.reopened",
                    "allow_list_entry",
                    e.id().toString(),
                    Map.of(
                            "customer_id",
                            customerId.toString(),
                            "entity_id",
                            e.entityId(),
                            "reason",
                            String.valueOf(e.reopenReason()))));
        }
        return reopened.size();
    }

    /**
     * Re-opens the entries of list entities that changed materially (names, birth dates, identifiers) or left the
     * list; returns how many. Called by the delta re-screen in the list refresh's transaction, across all tenants: a
     * system job, not a request, which is why it is the one write here without a scope.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int reopenForEntities(java.util.Collection<String> entityIds, String why) {
        if (entityIds.isEmpty()) {
            return 0;
        }
        List<AllowListEntry> reopened = jdbc.sql("UPDATE allow_list_entry SET status = 'reopened', reopened_at = :at,"
                        + " reopen_reason = :why WHERE entity_id = ANY(:ids) AND status IN ('active', 'pending')"
                        + " RETURNING "
                        + COLUMNS)
                .param("at", ts(now()))
                .param("why", why)
                .param("ids", entityIds.toArray(String[]::new))
                .query(AllowListService::map)
                .list();
        for (AllowListEntry e : reopened) {
            audit.append(new AuditEntry(
                    e.tenantId(),
                    "system:lists",
                    "allow_list.reopened",
                    "allow_list_entry",
                    e.id().toString(),
                    Map.of("customer_id", e.customerId().toString(), "entity_id", e.entityId(), "reason", why)));
        }
        return reopened.size();
    }

    /** The entry, locked for the change, if it is in the caller's scope (else 404, as for an unknown id). */
    private AllowListEntry lock(TenantScope scope, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM allow_list_entry WHERE id = :id"
                        + " AND tenant_id = ANY(:visible) FOR UPDATE")
                .param("id", id)
                .param("visible", scope.ids())
                .query(AllowListService::map)
                .optional()
                .orElseThrow(() -> ApiProblem.notFound("allow-list entry", id));
    }

    /** A change's reason, checked here too so that every caller (the API, the console) needs one. */
    private static String requireReason(@Nullable String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw ApiProblem.invalid("reason", "must not be blank");
        }
        if (why.length() > MAX_REASON) {
            throw ApiProblem.invalid("reason", "size must be between 1 and " + MAX_REASON);
        }
        return why;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static @Nullable OffsetDateTime ts(@Nullable Instant i) {
        return i == null ? null : OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
    }

    private static @Nullable Instant instant(ResultSet rs, String c) throws SQLException {
        OffsetDateTime t = rs.getObject(c, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    static AllowListEntry map(ResultSet rs, int n) throws SQLException {
        return new AllowListEntry(
                rs.getObject("id", UUID.class),
                rs.getObject("tenant_id", UUID.class),
                rs.getObject("customer_id", UUID.class),
                rs.getString("entity_id"),
                rs.getString("reason"),
                rs.getString("approved_by"),
                instant(rs, "created_at"),
                instant(rs, "expires_at"),
                rs.getString("status"),
                instant(rs, "reopened_at"),
                rs.getString("reopen_reason"),
                rs.getString("confirmed_by"),
                instant(rs, "confirmed_at"),
                rs.getString("proposed_by"),
                rs.getString("expiry_changed_by"),
                instant(rs, "expiry_changed_at"),
                rs.getString("expiry_change_reason"),
                rs.getString("revoked_by"),
                instant(rs, "revoked_at"),
                rs.getString("revoke_reason"));
    }
}
