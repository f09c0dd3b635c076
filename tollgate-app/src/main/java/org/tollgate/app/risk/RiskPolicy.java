package org.tollgate.app.risk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The risk policy ({@code risk-policy.yaml}, documented in the file itself): embargoed countries and regions,
 * high-risk countries, factor weights and tier thresholds.
 *
 * @param version the policy version stored with every assessment
 * @param embargoed embargoed countries, alpha-2 -> name
 * @param regions embargoed regions found by place names
 * @param highRisk high-risk countries
 * @param weights points per factor
 * @param mediumFrom points from which the tier is medium
 * @param highFrom points from which the tier is high
 * @param access how the access log's geo signals count
 */
public record RiskPolicy(
        String version,
        Map<String, String> embargoed,
        List<Region> regions,
        Set<String> highRisk,
        Map<String, Integer> weights,
        int mediumFrom,
        int highFrom,
        AccessSignals access) {

    /** A policy written before the access log's signals counted: the defaults of {@link AccessSignals}. */
    public RiskPolicy(
            String version,
            Map<String, String> embargoed,
            List<Region> regions,
            Set<String> highRisk,
            Map<String, Integer> weights,
            int mediumFrom,
            int highFrom) {
        this(version, embargoed, regions, highRisk, weights, mediumFrom, highFrom, AccessSignals.DEFAULTS);
    }

    /**
     * How the access log's geo signals count ({@code access_signals:} in the policy).
     *
     * @param lookbackDays signals of the last this many days count
     * @param embargoedProhibits whether an access from an embargoed jurisdiction prohibits (else it sends to review)
     */
    public record AccessSignals(int lookbackDays, boolean embargoedProhibits) {
        /** 90 days; an embargoed location prohibits. */
        public static final AccessSignals DEFAULTS = new AccessSignals(90, true);
    }

    /** An embargoed region: its name, whether a match prohibits or only sends to review, its place names. */
    public record Region(String name, boolean prohibit, List<String> terms) {}

    public int weight(String factor) {
        Integer w = weights.get(factor);
        if (w == null) {
            throw new IllegalStateException("risk policy " + version + " has no weight for " + factor);
        }
        return w;
    }

    /** The bundled policy, or the file named. */
    static RiskPolicy load(String path) {
        try (InputStream in = path == null || path.isBlank()
                ? RiskPolicy.class.getResourceAsStream("/risk-policy.yaml")
                : Files.newInputStream(Path.of(path))) {
            if (in == null) {
                throw new IllegalStateException("risk-policy.yaml is missing from the class path");
            }
            return parse(new Yaml(new SafeConstructor(new LoaderOptions())).load(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the risk policy " + path, e);
        }
    }

    @SuppressWarnings("unchecked")
    static RiskPolicy parse(Object doc) {
        if (!(doc instanceof Map<?, ?> m)) {
            throw new IllegalStateException("the risk policy must be a YAML mapping");
        }
        Map<String, String> embargoed = new LinkedHashMap<>();
        ((Map<String, Object>) m.get("embargoed_countries"))
                .forEach((k, v) -> embargoed.put(k.toUpperCase(Locale.ROOT), String.valueOf(v)));
        List<Region> regions = new ArrayList<>();
        for (Object o : (List<Object>) m.get("embargoed_regions")) {
            Map<String, Object> r = (Map<String, Object>) o;
            regions.add(new Region(
                    String.valueOf(r.get("name")),
                    "prohibit".equals(r.get("action")),
                    ((List<Object>) r.get("terms"))
                            .stream()
                                    .map(t -> String.valueOf(t).toLowerCase(Locale.ROOT))
                                    .toList()));
        }
        Set<String> high = Set.copyOf(((List<Object>) m.get("high_risk_countries"))
                .stream().map(c -> String.valueOf(c).toUpperCase(Locale.ROOT)).toList());
        Map<String, Integer> weights = new LinkedHashMap<>();
        ((Map<String, Object>) m.get("weights")).forEach((k, v) -> weights.put(k, ((Number) v).intValue()));
        Map<String, Object> tiers = (Map<String, Object>) m.get("tiers");
        AccessSignals access = AccessSignals.DEFAULTS;
        if (m.get("access_signals") instanceof Map<?, ?> a) {
            Object days = a.get("lookback_days");
            Object embargoedAction = a.get("embargoed_location");
            if (embargoedAction != null && !"prohibit".equals(embargoedAction) && !"review".equals(embargoedAction)) {
                throw new IllegalStateException(
                        "risk policy: access_signals.embargoed_location is prohibit or review, not " + embargoedAction);
            }
            access = new AccessSignals(
                    days == null ? access.lookbackDays() : ((Number) days).intValue(),
                    embargoedAction == null || "prohibit".equals(embargoedAction));
        }
        return new RiskPolicy(
                String.valueOf(m.get("version")),
                Map.copyOf(embargoed),
                List.copyOf(regions),
                high,
                Map.copyOf(weights),
                ((Number) tiers.get("medium")).intValue(),
                ((Number) tiers.get("high")).intValue(),
                access);
    }
}
