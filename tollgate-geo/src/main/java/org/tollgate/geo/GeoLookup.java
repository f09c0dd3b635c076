package org.tollgate.geo;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tollgate.geo.mmdb.Coordinates;
import org.tollgate.geo.mmdb.DatabaseVersion;
import org.tollgate.geo.mmdb.Location;
import org.tollgate.geo.network.AsnInfo;
import org.tollgate.geo.policy.RuleMatch;

/**
 * The result of screening one IP address. Text fields are empty, never null, when unknown.
 *
 * @param ip the address in canonical form
 * @param country ISO 3166-1 alpha-2 code: the city database's answer (its region belongs to it) unless the policy
 *     says the country database wins when they disagree
 * @param region the first-level subdivision, e.g. {@code Crimea}
 * @param city the city
 * @param coordinates the point the city database gives
 * @param flags what was found
 * @param rule the most severe policy rule that applies
 * @param matches every policy rule that applies, most severe first
 * @param confidence how far the location can be trusted
 * @param reserved for a private or reserved address, which block it is in
 * @param asn the autonomous system announcing the address
 * @param countryDatabase what the country database said
 * @param cityDatabase what the city database said
 * @param databases the database files that answered
 * @param policyVersion the version of the policy applied
 * @param asOf the day the policy was applied for
 */
public record GeoLookup(
        String ip,
        String country,
        String region,
        String city,
        Optional<Coordinates> coordinates,
        Set<GeoFlag> flags,
        Optional<RuleMatch> rule,
        List<RuleMatch> matches,
        Confidence confidence,
        Optional<String> reserved,
        Optional<AsnInfo> asn,
        Location countryDatabase,
        Location cityDatabase,
        List<DatabaseVersion> databases,
        String policyVersion,
        LocalDate asOf) {

    public GeoLookup {
        // An EnumSet copy is a word of bits; Set.copyOf would hash every flag.
        flags = flags.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(flags));
        matches = List.copyOf(matches);
        databases = List.copyOf(databases);
    }

    /** Whether a flag is set. */
    public boolean has(GeoFlag flag) {
        return flags.contains(flag);
    }
}
