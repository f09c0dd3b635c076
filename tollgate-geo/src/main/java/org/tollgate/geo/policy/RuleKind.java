package org.tollgate.geo.policy;

/** The kinds of geo policy rule, from the most to the least severe. */
public enum RuleKind {
    /** A comprehensively sanctioned jurisdiction: no service. */
    EMBARGO,
    /** A prohibition or condition on some service to persons in a jurisdiction. */
    SPECIAL_MEASURE,
    /** A jurisdiction that raises a customer's risk without barring service. */
    HIGH_RISK
}
