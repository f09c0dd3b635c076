package org.tollgate.app.customer;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.tollgate.app.access.AccessLogService;
import org.tollgate.app.alert.Alert;
import org.tollgate.app.risk.RiskAssessment;

/**
 * A customer as the API answers: its current version's data, the decision, the risk with reasons and the alerts.
 *
 * @param id the customer id
 * @param tenantId its tenant
 * @param version the current version
 * @param createdAt when the customer was created
 * @param updatedAt when the current version was written
 * @param decision approve, review or reject
 * @param risk tier, score, reasons, EDD flag and policy version
 * @param alerts the customer's alerts, newest first
 * @param customer the identification data of the current version
 * @param derived phone country and the foreign-person determinations
 * @param screening how the current version was screened
 * @param ipHistory the access log's summary (countries and regions with first and last seen, flags, signal counts);
 *     in {@code GET /api/v1/customers/{id}}, absent from the answers of writes
 */
public record CustomerView(
        UUID id,
        UUID tenantId,
        int version,
        Instant createdAt,
        Instant updatedAt,
        RiskAssessment.Decision decision,
        RiskAssessment risk,
        List<Alert> alerts,
        CustomerData customer,
        Derived derived,
        Screening screening,
        AccessLogService.@Nullable IpSummary ipHistory) {

    /** The same view with the IP history summary. */
    public CustomerView withIpHistory(AccessLogService.IpSummary summary) {
        return new CustomerView(
                id, tenantId, version, createdAt, updatedAt, decision, risk, alerts, customer, derived, screening,
                summary);
    }

    /**
     * The screening behind the current decision.
     *
     * @param screenedNow whether the request that produced this answer screened (false when no screened field
     *     changed)
     * @param subjects how many names were screened
     * @param hits hits at or above the threshold
     * @param suppressed hits the allow-list cleared
     * @param lists source -> snapshot hash in force
     * @param engineVersion the engine version
     */
    public record Screening(
            boolean screenedNow,
            int subjects,
            int hits,
            int suppressed,
            Map<String, String> lists,
            String engineVersion) {}
}
