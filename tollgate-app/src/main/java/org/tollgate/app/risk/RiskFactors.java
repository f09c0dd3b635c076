package org.tollgate.app.risk;

import java.util.List;

/**
 * Risk factors that another feature contributes to every assessment (the access log's geo signals, for one), so the
 * risk service stays the one place that turns factors into a tier and a decision without depending on how each
 * feature stores its facts. Every bean of this type is asked on every assessment, in the assessment's transaction.
 */
public interface RiskFactors {

    /** The factors of one customer version under the policy. */
    List<Factor> factors(RiskSubject subject, RiskPolicy policy);

    /** What a factor does to the assessment besides its points. */
    enum Effect {
        /** Only its points count. */
        POINTS,
        /** Sends the customer to review. */
        REVIEW,
        /** Makes the customer prohibited (decision reject). */
        PROHIBIT
    }

    /**
     * One factor.
     *
     * @param code machine-readable, stored as the reason's code ({@code anonymiser_access})
     * @param detail for a reader
     * @param points points added to the score
     * @param effect what it decides besides its points
     */
    record Factor(String code, String detail, int points, Effect effect) {}
}
