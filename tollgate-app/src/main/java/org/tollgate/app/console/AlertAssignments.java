package org.tollgate.app.console;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tollgate.app.audit.AuditLog;
import org.tollgate.app.auth.Caller;
import org.tollgate.app.tenant.TenantScope;
import org.tollgate.app.web.ApiProblem;

/**
 * "Assign to me": an analyst takes an alert from the queue. Only unresolved alerts can be taken; taking one from a
 * colleague is allowed (people go on holiday) and the audit record names whom it was taken from.
 */
@Service
class AlertAssignments {
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    AlertAssignments(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    private record Locked(
            UUID tenantId, String status, @Nullable String assignee) {}

    /** Assigns the alert to the caller; returns false when it already was. */
    @Transactional
    public boolean assignToMe(Caller caller, TenantScope scope, UUID alertId) {
        Locked a = jdbc.sql("SELECT tenant_id, status, assignee FROM alert WHERE id = :id AND tenant_id = ANY(:visible)"
                        + " FOR UPDATE")
                .param("id", alertId)
                .param("visible", scope.ids())
                .query((rs, n) -> new Locked(
                        rs.getObject("tenant_id", UUID.class), rs.getString("status"), rs.getString("assignee")))
                .optional()
                .orElseThrow(() -> ApiProblem.notFound("alert", alertId));
        if ("true_match".equals(a.status()) || "false_positive".equals(a.status())) {
            throw ApiProblem.conflict("this alert is already decided (" + a.status() + ")");
        }
        if (caller.actor().equals(a.assignee())) {
            return false;
        }
        jdbc.sql("UPDATE alert SET assignee = :me, assigned_at = :at WHERE id = :id AND tenant_id = :tenant")
                .param("me", caller.actor())
                .param("at", OffsetDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC))
                .param("id", alertId)
                .param("tenant", a.tenantId())
                .update();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("assignee", caller.actor());
        if (a.assignee() != null) {
            details.put("previous_assignee", a.assignee());
        }
        audit.append(caller.audit(a.tenantId(), "alert.assigned", "alert", alertId, details));
        return true;
    }
}
