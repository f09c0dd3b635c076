package org.tollgate.geo.policy;

/**
 * A rule that applies to a lookup, and which database's answer it applied to.
 *
 * @param rule the rule
 * @param database {@code country}, {@code city} or {@code country+city}
 */
public record RuleMatch(PolicyRule rule, String database) {
    /** The rule's id. */
    public String id() {
        return rule.id();
    }
}
