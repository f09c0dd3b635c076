package org.tollgate.app.retention;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tollgate.app.audit.AuditLog;
import org.tollgate.app.auth.Caller;
import org.tollgate.app.tenant.TenantScope;
import org.tollgate.app.web.ApiProblem;

/**
 * Closing and reopening a customer's account, and the account's retention state: the closing starts the clock of the
 * identity records' retention (together with the last access).
 */
@Service
public class AccountClosing {
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final RetentionProperties props;
    private final Clock clock;

    AccountClosing(JdbcClient jdbc, AuditLog audit, RetentionProperties props, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.props = props;
        this.clock = clock;
    }

    /**
     * A customer's account state and how long its identity records are kept.
     *
     * @param customerId the customer
     * @param status {@code active} or {@code closed}
     * @param closedAt when the account was closed
     * @param closedReason why
     * @param lastAccessedAt the latest access event of the customer or change of its record
     * @param identityKeptUntil the earliest time the identity records may be purged (none while the account is open)
     * @param identityPurgedAt when they were purged
     */
    public record AccountState(
            UUID customerId,
            String status,
            @Nullable Instant closedAt,
            @Nullable String closedReason,
            Instant lastAccessedAt,
            @Nullable Instant identityKeptUntil,
            @Nullable Instant identityPurgedAt) {}

    @Transactional
    public AccountState close(Caller caller, TenantScope scope, UUID customerId, String reason) {
        Row c = lock(scope, customerId);
        if (c.status().equals("closed")) {
            throw ApiProblem.conflict("customer " + customerId + " is already closed");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        jdbc.sql("UPDATE customer SET status = 'closed', closed_at = :now, closed_reason = :reason WHERE id = :id")
                .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .param("reason", reason.strip())
                .param("id", customerId)
                .update();
        audit.append(caller.audit(
                c.tenantId(), "customer.closed", "customer", customerId, Map.of("reason", reason.strip())));
        return state(scope, customerId);
    }

    @Transactional
    public AccountState reopen(Caller caller, TenantScope scope, UUID customerId) {
        Row c = lock(scope, customerId);
        if (!c.status().equals("closed")) {
            throw ApiProblem.conflict("customer " + customerId + " is not closed");
        }
        if (c.identityPurged()) {
            throw gone(customerId);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        // reopening is an access: it moves the last access forward, as any change of the customer does
        jdbc.sql("UPDATE customer SET status = 'active', closed_at = NULL, closed_reason = NULL, updated_at = :now"
                        + " WHERE id = :id")
                .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .param("id", customerId)
                .update();
        audit.append(caller.audit(c.tenantId(), "customer.reopened", "customer", customerId, Map.of()));
        return state(scope, customerId);
    }

    public AccountState state(TenantScope scope, UUID customerId) {
        return jdbc.sql("SELECT c.id, c.status, c.closed_at, c.closed_reason, c.identity_purged_at,"
                        + " greatest(c.updated_at, (SELECT max(e.at) FROM access_event e WHERE e.tenant_id ="
                        + " c.tenant_id AND e.customer_id = c.id)) AS last_accessed"
                        + " FROM customer c WHERE c.id = :id AND c.tenant_id = ANY(:visible)")
                .param("id", customerId)
                .param("visible", scope.ids())
                .query((rs, n) -> {
                    Instant closed = instant(rs.getObject("closed_at", OffsetDateTime.class));
                    Instant last = instant(rs.getObject("last_accessed", OffsetDateTime.class));
                    Instant keptUntil = null;
                    if (closed != null) {
                        Instant from = last != null && last.isAfter(closed) ? last : closed;
                        keptUntil = from.atOffset(ZoneOffset.UTC)
                                .plus(props.identity())
                                .toInstant();
                    }
                    return new AccountState(
                            rs.getObject("id", UUID.class),
                            rs.getString("status"),
                            closed,
                            rs.getString("closed_reason"),
                            last,
                            keptUntil,
                            instant(rs.getObject("identity_purged_at", OffsetDateTime.class)));
                })
                .optional()
                .orElseThrow(() -> ApiProblem.notFound("customer", customerId));
    }

    private record Row(UUID tenantId, String status, boolean identityPurged) {}

    private Row lock(TenantScope scope, UUID id) {
        return jdbc.sql("SELECT tenant_id, status, identity_purged_at IS NOT NULL AS purged FROM customer"
                        + " WHERE id = :id AND tenant_id = ANY(:visible) FOR UPDATE")
                .param("id", id)
                .param("visible", scope.ids())
                .query((rs, n) ->
                        new Row(rs.getObject("tenant_id", UUID.class), rs.getString("status"), rs.getBoolean("purged")))
                .optional()
                .orElseThrow(() -> ApiProblem.notFound("customer", id));
    }

    /** 410: the customer's identity records were purged under the retention policy. */
    public static ApiProblem gone(UUID customerId) {
        return new ApiProblem(
                HttpStatus.GONE,
                "gone",
                "Gone",
                "the identity records of customer " + customerId + " were purged under the retention policy",
                java.util.List.of());
    }

    private static @Nullable Instant instant(@Nullable OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }
}
