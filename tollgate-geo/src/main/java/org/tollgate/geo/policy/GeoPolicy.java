package org.tollgate.geo.policy;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tollgate.geo.GeoException;
import org.tollgate.geo.mmdb.Location;
import org.tollgate.lists.country.Countries;

/**
 * A versioned geo policy: embargoed jurisdictions, special measures and high-risk countries, each with the dates
 * it applies, and the rule for databases that disagree. Read from YAML (the built-in {@code geo-policy.yaml} is
 * the US comprehensive-sanctions default); a tenant's policy is an override merged over a base policy.
 *
 * <p>Merging ({@link #withOverride}): mappings merge key by key; lists of rules merge by {@code id} (an override
 * rule with the id of a base rule changes only the fields it names, e.g. {@code {id: UA-DNR, enabled: false}};
 * a new id adds a rule); other lists and scalars replace. The merged version is {@code <base>+<override>}.
 */
public final class GeoPolicy {
    private static final String DEFAULT_RESOURCE = "geo-policy.yaml";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(JsonParser.Feature.INCLUDE_SOURCE_IN_LOCATION);
    private static final GeoPolicy DEFAULTS = loadDefaults();

    private final String version;
    private final String name;
    private final Optional<LocalDate> issued;
    private final String tenant;
    private final DisagreementRule disagreement;
    private final List<PolicyRule> rules;
    /** The rules by the countries they name, in severity order: a lookup only looks at its country's rules. */
    private final Map<String, CompiledRule[]> byCountry;

    private final ObjectNode tree;

    private GeoPolicy(
            String version,
            String name,
            Optional<LocalDate> issued,
            String tenant,
            DisagreementRule disagreement,
            List<PolicyRule> rules,
            ObjectNode tree) {
        this.version = version;
        this.name = name;
        this.issued = issued;
        this.tenant = tenant;
        this.disagreement = disagreement;
        this.rules = List.copyOf(rules);
        Map<String, List<CompiledRule>> index = new LinkedHashMap<>();
        for (PolicyRule r : rules) {
            CompiledRule c = new CompiledRule(r);
            for (String country : r.countries()) {
                index.computeIfAbsent(country, k -> new ArrayList<>()).add(c);
            }
        }
        Map<String, CompiledRule[]> byCountry = new HashMap<>();
        index.forEach((k, v) -> byCountry.put(k, v.toArray(new CompiledRule[0])));
        this.byCountry = Map.copyOf(byCountry);
        this.tree = tree;
    }

    /** The built-in default policy (US comprehensive sanctions). */
    public static GeoPolicy defaults() {
        return DEFAULTS;
    }

    /** Reads a complete policy from a YAML file. */
    public static GeoPolicy load(Path file) throws GeoException {
        return parse(read(file), file.getFileName().toString());
    }

    /**
     * Reads a complete policy from YAML text.
     *
     * @param source the name to use in error messages (a file name)
     */
    public static GeoPolicy parse(String yaml, String source) throws GeoException {
        ObjectNode tree = readTree(yaml, source);
        return build(tree, source);
    }

    /** This policy with a tenant's override file merged over it. */
    public GeoPolicy withOverride(Path file) throws GeoException {
        return withOverride(read(file), file.getFileName().toString());
    }

    /** This policy with a tenant's override (YAML text) merged over it. */
    public GeoPolicy withOverride(String yaml, String source) throws GeoException {
        ObjectNode override = readTree(yaml, source);
        String overrideVersion = override.path("version").asText("");
        if (overrideVersion.isEmpty()) {
            overrideVersion = override.path("tenant").asText("");
        }
        ObjectNode merged = (ObjectNode) merge(tree, override);
        merged.set(
                "version",
                TextNode.valueOf(version + "+" + (overrideVersion.isEmpty() ? "override" : overrideVersion)));
        return build(merged, version + " merged with " + source);
    }

    /**
     * The rules that apply to an address, given what each database says about it, on a day.
     *
     * @param countryDb the country database's answer ({@link Location#NONE} if none)
     * @param cityDb the city database's answer ({@link Location#NONE} if none)
     */
    public PolicyDecision decide(Location countryDb, Location cityDb, LocalDate day) {
        boolean haveCountry = !countryDb.country().isEmpty();
        boolean haveCity = !cityDb.country().isEmpty();
        boolean disagree = haveCountry && haveCity && !countryDb.country().equals(cityDb.country());
        boolean useCountry = haveCountry && !(disagree && disagreement == DisagreementRule.CITY_DATABASE);
        boolean useCity = haveCity && !(disagree && disagreement == DisagreementRule.COUNTRY_DATABASE);
        if (!useCountry && !useCity) {
            return PolicyDecision.NONE;
        }
        CompiledRule[] forCountryDb = useCountry ? byCountry.get(countryDb.country()) : null;
        CompiledRule[] forCityDb = useCity ? byCountry.get(cityDb.country()) : null;
        if (forCountryDb == null && forCityDb == null) {
            return PolicyDecision.NONE; // the common case: no rule names the country
        }
        long epochDay = day.toEpochDay();
        List<CompiledRule> applying = new ArrayList<>(4);
        List<String> source = new ArrayList<>(4);
        if (forCountryDb != null) {
            String region = RegionKey.of(countryDb.region());
            for (CompiledRule c : forCountryDb) {
                if (c.inForce(epochDay) && c.matchesRegion(countryDb, region)) {
                    applying.add(c);
                    source.add("country");
                }
            }
        }
        if (forCityDb != null) {
            String region = RegionKey.of(cityDb.region());
            for (CompiledRule c : forCityDb) {
                if (c.inForce(epochDay) && c.matchesRegion(cityDb, region)) {
                    int i = applying.indexOf(c);
                    if (i >= 0) {
                        source.set(i, "country+city");
                    } else {
                        applying.add(c);
                        source.add("city");
                    }
                }
            }
        }
        if (applying.isEmpty()) {
            return PolicyDecision.NONE;
        }
        RuleMatch[] matches = new RuleMatch[applying.size()];
        for (int i = 0; i < matches.length; i++) {
            matches[i] = new RuleMatch(applying.get(i).rule, source.get(i));
        }
        if (matches.length > 1) {
            // Severity order: the order of rules(), which lists embargoes, then special measures, then high risk.
            java.util.Arrays.sort(matches, java.util.Comparator.comparingInt(m -> rules.indexOf(m.rule())));
        }
        return new PolicyDecision(List.of(matches));
    }

    /** The rules that apply to one location on a day. */
    public PolicyDecision decide(Location location, LocalDate day) {
        return decide(location, Location.NONE, day);
    }

    /** The policy's version ({@code <base>+<override>} after a merge). */
    public String version() {
        return version;
    }

    /** The policy's name. */
    public String name() {
        return name;
    }

    /** When this version was issued, if stated. */
    public Optional<LocalDate> issued() {
        return issued;
    }

    /** The tenant an override was written for, or empty. */
    public String tenant() {
        return tenant;
    }

    /** What counts when the databases disagree. */
    public DisagreementRule disagreement() {
        return disagreement;
    }

    /** Every enabled rule, most severe kind first. */
    public List<PolicyRule> rules() {
        return rules;
    }

    /** The enabled rule with this id. */
    public Optional<PolicyRule> rule(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** The enabled rules of a kind in force on a day. */
    public List<PolicyRule> inForce(RuleKind kind, LocalDate day) {
        return rules.stream().filter(r -> r.kind() == kind && r.inForce(day)).toList();
    }

    @Override
    public String toString() {
        return "GeoPolicy[" + version + ", " + rules.size() + " rules]";
    }

    // ---- reading and checking

    private static GeoPolicy loadDefaults() {
        try (InputStream in = GeoPolicy.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + DEFAULT_RESOURCE + " is missing from the jar");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "built-in " + DEFAULT_RESOURCE);
        } catch (IOException | GeoException e) {
            throw new IllegalStateException("the built-in geo policy is invalid: " + e.getMessage(), e);
        }
    }

    private static String read(Path file) throws GeoException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new GeoException(file + ": cannot read the policy: " + e.getMessage(), e);
        }
    }

    /** Parses YAML and binds it once, so that syntax errors and unknown fields are reported with their line. */
    private static ObjectNode readTree(String yaml, String source) throws GeoException {
        try {
            YAML.readValue(yaml, PolicyDocument.class);
            JsonNode tree = YAML.readTree(yaml);
            if (tree == null || tree.isMissingNode() || tree.isNull()) {
                return YAML.createObjectNode();
            }
            if (!tree.isObject()) {
                throw new GeoException(source + ": a policy must be a YAML mapping");
            }
            return (ObjectNode) tree;
        } catch (UnrecognizedPropertyException e) {
            throw new GeoException(source + ": " + path(e) + ": unknown field (known: " + e.getKnownPropertyIds() + ")"
                    + near(e.getLocation()));
        } catch (JsonMappingException e) {
            throw new GeoException(source + ": " + path(e) + ": " + e.getOriginalMessage() + near(e.getLocation()));
        } catch (JsonProcessingException e) {
            throw new GeoException(source + ": " + where(e.getLocation()) + e.getOriginalMessage());
        }
    }

    /** Where in the document a binding error is: {@code embargoes[0].regons}. */
    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                sb.append(sb.length() == 0 ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String near(JsonLocation location) {
        return location == null || location.getLineNr() < 0 ? "" : " (near line " + location.getLineNr() + ")";
    }

    private static String where(JsonLocation location) {
        return location == null || location.getLineNr() < 0 ? "" : "line " + location.getLineNr() + ": ";
    }

    private static GeoPolicy build(ObjectNode tree, String source) throws GeoException {
        PolicyDocument doc;
        try {
            doc = YAML.treeToValue(tree, PolicyDocument.class);
        } catch (JsonProcessingException e) {
            throw new GeoException(source + ": " + e.getOriginalMessage());
        }
        if (doc.version() == null || doc.version().isBlank()) {
            throw new GeoException(source + ": the policy has no version");
        }
        DisagreementRule disagreement = disagreement(doc.disagreement(), source);
        List<PolicyRule> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        addRules(rules, ids, doc.embargoes(), RuleKind.EMBARGO, "embargoes", source);
        addRules(rules, ids, doc.specialMeasures(), RuleKind.SPECIAL_MEASURE, "specialMeasures", source);
        addRules(rules, ids, doc.highRisk(), RuleKind.HIGH_RISK, "highRisk", source);
        return new GeoPolicy(
                doc.version().strip(),
                text(doc.name()),
                date(doc.issued(), source + ": issued"),
                text(doc.tenant()),
                disagreement,
                rules,
                tree.deepCopy());
    }

    private static DisagreementRule disagreement(String text, String source) throws GeoException {
        if (text == null || text.isBlank()) {
            return DisagreementRule.EITHER;
        }
        switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "either":
                return DisagreementRule.EITHER;
            case "country-database":
                return DisagreementRule.COUNTRY_DATABASE;
            case "city-database":
                return DisagreementRule.CITY_DATABASE;
            default:
                throw new GeoException(source
                        + ": disagreement must be either, country-database or city-database, not '" + text + "'");
        }
    }

    private static void addRules(
            List<PolicyRule> out,
            Set<String> ids,
            List<PolicyDocument.Rule> written,
            RuleKind kind,
            String section,
            String source)
            throws GeoException {
        if (written == null) {
            return;
        }
        for (int i = 0; i < written.size(); i++) {
            PolicyDocument.Rule r = written.get(i);
            String where =
                    source + ": " + section + "[" + (r == null || r.id() == null ? String.valueOf(i) : r.id()) + "]";
            if (r == null || r.id() == null || r.id().isBlank()) {
                throw new GeoException(where + ": a rule needs an id");
            }
            if (!ids.add(r.id())) {
                throw new GeoException(where + ": the id " + r.id() + " is used twice");
            }
            if (Boolean.FALSE.equals(r.enabled())) {
                continue;
            }
            List<String> countries = new ArrayList<>();
            for (String c : list(r.countries())) {
                countries.add(Countries.alpha2(c)
                        .orElseThrow(() -> new GeoException(where + ".countries: unknown country '" + c + "'")));
            }
            if (countries.isEmpty()) {
                throw new GeoException(where + ": a rule needs at least one country");
            }
            List<String> codes = new ArrayList<>();
            for (String code : list(r.regionCodes())) {
                String c = code.strip().toUpperCase(Locale.ROOT);
                if (!c.matches("[A-Z]{2}-[A-Z0-9]{1,3}")) {
                    throw new GeoException(where + ".regionCodes: not an ISO 3166-2 code: '" + code + "'");
                }
                codes.add(c);
            }
            String measure = text(r.measure()).toLowerCase(Locale.ROOT);
            if (kind == RuleKind.SPECIAL_MEASURE && !measure.equals("prohibition") && !measure.equals("condition")) {
                throw new GeoException(where + ".measure: must be prohibition or condition, not '" + measure + "'");
            }
            if (kind != RuleKind.SPECIAL_MEASURE && !measure.isEmpty()) {
                throw new GeoException(where + ".measure: only special measures have a measure");
            }
            Optional<LocalDate> from = date(r.from(), where + ".from");
            Optional<LocalDate> until = date(r.until(), where + ".until");
            if (from.isPresent() && until.isPresent() && !from.get().isBefore(until.get())) {
                throw new GeoException(
                        where + ": until (" + until.get() + ") must come after from (" + from.get() + ")");
            }
            out.add(new PolicyRule(
                    kind,
                    r.id().strip(),
                    text(r.name()),
                    countries,
                    list(r.regions()).stream().map(String::strip).toList(),
                    codes,
                    from,
                    until,
                    Boolean.TRUE.equals(r.coarse()),
                    measure,
                    text(r.authority()),
                    text(r.note())));
        }
    }

    private static Optional<LocalDate> date(String text, String where) throws GeoException {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            throw new GeoException(where + ": not a date (YYYY-MM-DD): '" + text + "'");
        }
    }

    private static List<String> list(List<String> l) {
        return l == null
                ? List.of()
                : l.stream().filter(s -> s != null && !s.isBlank()).toList();
    }

    private static String text(String s) {
        return s == null ? "" : s.strip();
    }

    /** Merges an override tree over a base tree (see the class comment). */
    static JsonNode merge(JsonNode base, JsonNode override) {
        if (base != null && base.isObject() && override.isObject()) {
            ObjectNode out = ((ObjectNode) base).deepCopy();
            for (Map.Entry<String, JsonNode> f : override.properties()) {
                out.set(f.getKey(), merge(base.get(f.getKey()), f.getValue()));
            }
            return out;
        }
        if (base != null && base.isArray() && override.isArray() && allHaveIds(base) && allHaveIds(override)) {
            Map<String, JsonNode> byId = new LinkedHashMap<>();
            for (JsonNode n : base) {
                byId.put(n.get("id").asText(), n);
            }
            for (JsonNode n : override) {
                String id = n.get("id").asText();
                byId.put(id, merge(byId.get(id), n));
            }
            ArrayNode out = YAML.createArrayNode();
            byId.values().forEach(out::add);
            return out;
        }
        return override.deepCopy();
    }

    private static boolean allHaveIds(JsonNode array) {
        for (JsonNode n : array) {
            if (!n.isObject() || !n.path("id").isTextual()) {
                return false;
            }
        }
        return true;
    }

    /** A rule with its dates as day numbers and its region names as keys, for the lookup path. */
    private static final class CompiledRule {
        final PolicyRule rule;
        final long fromDay;
        final long untilDay;
        final Set<String> regionKeys;
        final Set<String> regionCodes;
        final boolean whole;

        CompiledRule(PolicyRule rule) {
            this.rule = rule;
            this.fromDay = rule.from().map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE);
            this.untilDay = rule.until().map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE);
            Set<String> keys = new HashSet<>();
            for (String r : rule.regions()) {
                keys.add(RegionKey.of(r));
            }
            this.regionKeys = Set.copyOf(keys);
            this.regionCodes = Set.copyOf(rule.regionCodes());
            this.whole = rule.wholeCountries();
        }

        boolean inForce(long epochDay) {
            return epochDay >= fromDay && epochDay < untilDay;
        }

        /** Whether the rule covers the location's region (the caller found the rule by the location's country). */
        boolean matchesRegion(Location l, String regionKey) {
            return whole
                    || (!regionKey.isEmpty() && regionKeys.contains(regionKey))
                    || (!l.regionCode().isEmpty() && regionCodes.contains(l.regionCode()));
        }
    }
}
