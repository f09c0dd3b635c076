package org.tollgate.geo.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One rule of a geo policy: a jurisdiction (countries, or subdivisions of them) and the dates it applies.
 *
 * @param kind embargo, special measure or high risk
 * @param id a stable identifier (tenant overrides refer to it), e.g. {@code UA-CRIMEA}
 * @param name what the jurisdiction is, in words
 * @param countries ISO 3166-1 alpha-2 codes
 * @param regions subdivision names; empty for whole countries
 * @param regionCodes ISO 3166-2 subdivision codes; empty for whole countries
 * @param from the first day the rule applies, if bounded
 * @param until the first day the rule no longer applies (exclusive), if bounded
 * @param coarse whether the databases can only match it more widely than the sanctioned area (lowers confidence)
 * @param measure for special measures: {@code prohibition} or {@code condition}; empty otherwise
 * @param authority the legal basis
 * @param note anything else a reviewer should know
 */
public record PolicyRule(
        RuleKind kind,
        String id,
        String name,
        List<String> countries,
        List<String> regions,
        List<String> regionCodes,
        Optional<LocalDate> from,
        Optional<LocalDate> until,
        boolean coarse,
        String measure,
        String authority,
        String note) {

    public PolicyRule {
        countries = List.copyOf(countries);
        regions = List.copyOf(regions);
        regionCodes = List.copyOf(regionCodes);
    }

    /** Whether the rule applies on this day. */
    public boolean inForce(LocalDate day) {
        return (from.isEmpty() || !day.isBefore(from.get())) && (until.isEmpty() || day.isBefore(until.get()));
    }

    /** Whether the rule covers whole countries (no region restriction). */
    public boolean wholeCountries() {
        return regions.isEmpty() && regionCodes.isEmpty();
    }
}
