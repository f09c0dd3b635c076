package org.tollgate.app.risk;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A customer version's risk and decision under one policy version.
 *
 * @param id the assessment's id
 * @param customerId the customer
 * @param customerVersion the version assessed
 * @param policyVersion the policy version applied
 * @param tier low, medium, high or prohibited
 * @param score the points
 * @param decision approve, review or reject
 * @param edd whether enhanced due diligence is required (an EDD case: high tier)
 * @param reasons every factor that counted
 * @param assessedAt when
 */
public record RiskAssessment(
        UUID id,
        UUID customerId,
        int customerVersion,
        String policyVersion,
        Tier tier,
        int score,
        Decision decision,
        boolean edd,
        List<Reason> reasons,
        Instant assessedAt) {
    public RiskAssessment {
        reasons = List.copyOf(reasons);
    }

    /** The risk tier. */
    public enum Tier {
        @JsonProperty("low")
        LOW,
        @JsonProperty("medium")
        MEDIUM,
        @JsonProperty("high")
        HIGH,
        @JsonProperty("prohibited")
        PROHIBITED
    }

    /** The onboarding decision. */
    public enum Decision {
        @JsonProperty("approve")
        APPROVE,
        @JsonProperty("review")
        REVIEW,
        @JsonProperty("reject")
        REJECT
    }

    /**
     * One factor.
     *
     * @param code machine-readable ({@code embargoed_jurisdiction}, {@code screening_alert}, ...)
     * @param detail for a reader
     * @param points points added to the score (0 for factors that decide directly)
     */
    public record Reason(String code, String detail, int points) {}
}
