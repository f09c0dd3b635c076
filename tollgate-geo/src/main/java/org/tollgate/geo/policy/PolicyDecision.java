package org.tollgate.geo.policy;

import java.util.List;
import java.util.Optional;

/**
 * The rules of a policy that apply to one location, most severe first (embargoes, then special measures, then
 * high risk, each in policy order).
 *
 * @param matches the applying rules
 */
public record PolicyDecision(List<RuleMatch> matches) {
    /** No rule applies. */
    public static final PolicyDecision NONE = new PolicyDecision(List.of());

    public PolicyDecision {
        matches = List.copyOf(matches);
    }

    /** Whether an embargo applies. */
    public boolean embargoed() {
        return has(RuleKind.EMBARGO);
    }

    /** Whether a special measure applies. */
    public boolean specialMeasure() {
        return has(RuleKind.SPECIAL_MEASURE);
    }

    /** Whether a high-risk rule applies. */
    public boolean highRisk() {
        return has(RuleKind.HIGH_RISK);
    }

    /** The most severe applying rule. */
    public Optional<RuleMatch> primary() {
        return matches.isEmpty() ? Optional.empty() : Optional.of(matches.get(0));
    }

    private boolean has(RuleKind kind) {
        if (matches.isEmpty()) {
            return false; // the common case, without an iterator
        }
        for (RuleMatch m : matches) {
            if (m.rule().kind() == kind) {
                return true;
            }
        }
        return false;
    }
}
