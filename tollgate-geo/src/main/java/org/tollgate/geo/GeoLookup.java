package org.tollgate.geo;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tollgate.geo.ip.IpAddress;
import org.tollgate.geo.mmdb.Coordinates;
import org.tollgate.geo.mmdb.DatabaseVersion;
import org.tollgate.geo.mmdb.Location;
import org.tollgate.geo.network.AsnInfo;
import org.tollgate.geo.policy.RuleMatch;

/**
 * The result of screening one IP address. Text fields are empty, never null, when unknown.
 *
 * @param ip the address (its {@code toString()} is the canonical text)
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
        IpAddress ip,
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
        flags = GeoFlag.setOf(flags); // shared immutable sets: no copy, no allocation
        matches = List.copyOf(matches);
        databases = List.copyOf(databases);
    }

    /** Whether a flag is set. */
    public boolean has(GeoFlag flag) {
        return flags.contains(flag);
    }
}
