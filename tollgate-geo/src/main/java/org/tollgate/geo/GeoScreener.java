package org.tollgate.geo;

import java.io.Closeable;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tollgate.geo.ip.IpAddress;
import org.tollgate.geo.ip.ReservedRange;
import org.tollgate.geo.ip.ReservedRanges;
import org.tollgate.geo.mmdb.Coordinates;
import org.tollgate.geo.mmdb.DatabaseVersion;
import org.tollgate.geo.mmdb.Location;
import org.tollgate.geo.mmdb.LocationDatabase;
import org.tollgate.geo.network.AsnTable;
import org.tollgate.geo.network.HostingAsns;
import org.tollgate.geo.network.TorExitList;
import org.tollgate.geo.policy.DisagreementRule;
import org.tollgate.geo.policy.GeoPolicy;
import org.tollgate.geo.policy.PolicyDecision;
import org.tollgate.geo.policy.RuleKind;
import org.tollgate.geo.policy.RuleMatch;

/**
 * Screens IP addresses: where they are (country database and city database), whether they are private, a Tor exit
 * or a hosting network, and which rules of a geo policy apply on a given day. Thread-safe; open it once and share
 * it.
 */
public final class GeoScreener implements Closeable {
    private final LocationDatabase countryDb;
    private final LocationDatabase cityDb;
    private final AsnTable asnTable;
    private final TorExitList torExits;
    private final GeoPolicy policy;
    private final Clock clock;
    private final List<DatabaseVersion> ipv4Versions;
    private final List<DatabaseVersion> ipv6Versions;
    private volatile Today today = new Today(LocalDate.MIN, Long.MIN_VALUE);

    private record Today(LocalDate day, long endsAtMillis) {}

    private GeoScreener(
            LocationDatabase countryDb,
            LocationDatabase cityDb,
            AsnTable asnTable,
            TorExitList torExits,
            GeoPolicy policy,
            Clock clock) {
        this.countryDb = countryDb;
        this.cityDb = cityDb;
        this.asnTable = asnTable;
        this.torExits = torExits;
        this.policy = policy;
        this.clock = clock;
        this.ipv4Versions = versions(IpAddress.ofIpv4(0x08080808));
        this.ipv6Versions = versions(IpAddress.ofIpv6(0x2001_4860_0000_0000L, 0));
    }

    /**
     * Opens the sources with a default policy; "today" comes from {@code clock} (in UTC).
     *
     * @throws GeoException when a configured file is missing or unreadable
     */
    public static GeoScreener open(GeoSources sources, GeoPolicy policy, Clock clock) throws GeoException {
        List<Closeable> opened = new ArrayList<>();
        try {
            LocationDatabase country = null;
            if (!sources.countryDatabase().isEmpty()) {
                country = LocationDatabase.open("country", sources.countryDatabase());
                opened.add(country);
            }
            LocationDatabase city = null;
            if (!sources.cityDatabase().isEmpty()) {
                city = LocationDatabase.open("city", sources.cityDatabase());
                opened.add(city);
            }
            HostingAsns hosting = sources.hostingAsns().isPresent()
                    ? HostingAsns.load(sources.hostingAsns().get())
                    : HostingAsns.defaults();
            AsnTable asn = sources.asnTables().isEmpty() ? null : AsnTable.load(sources.asnTables(), hosting);
            TorExitList tor = sources.torExitList().isPresent()
                    ? TorExitList.load(sources.torExitList().get())
                    : TorExitList.none();
            return new GeoScreener(country, city, asn, tor, policy, clock);
        } catch (GeoException | RuntimeException e) {
            for (Closeable c : opened) {
                try {
                    c.close();
                } catch (IOException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            throw e;
        }
    }

    /** Opens the sources with the built-in policy and the system clock. */
    public static GeoScreener open(GeoSources sources) throws GeoException {
        return open(sources, GeoPolicy.defaults(), Clock.systemUTC());
    }

    /** Screens an address given as text, today, under this screener's policy. */
    public GeoLookup lookup(String ip) throws GeoException {
        return lookup(IpAddress.parse(ip));
    }

    /** Screens an address today under this screener's policy. */
    public GeoLookup lookup(IpAddress ip) throws GeoException {
        return lookup(ip, today(), policy);
    }

    /**
     * Screens an address as of a day under a policy (a tenant's policy, say).
     *
     * @throws GeoException when a database file turns out to be corrupt
     */
    public GeoLookup lookup(IpAddress ip, LocalDate day, GeoPolicy policy) throws GeoException {
        Optional<ReservedRange> reserved = ReservedRanges.of(ip);
        if (reserved.isPresent()) {
            return new GeoLookup(
                    ip,
                    "",
                    "",
                    "",
                    Optional.empty(),
                    GeoFlag.setOf(GeoFlag.PRIVATE.bit()),
                    Optional.empty(),
                    List.of(),
                    Confidence.HIGH,
                    Optional.of(reserved.get().name()),
                    Optional.empty(),
                    Location.NONE,
                    Location.NONE,
                    List.of(),
                    policy.version(),
                    day);
        }
        Location byCountryDb = countryDb == null ? Location.NONE : countryDb.lookup(ip);
        Location byCityDb = cityDb == null ? Location.NONE : cityDb.lookup(ip);
        int asnRow = asnTable == null ? -1 : asnTable.row(ip);
        boolean tor = torExits.contains(ip);
        PolicyDecision decision = policy.decide(byCountryDb, byCityDb, day);

        int flags = 0;
        boolean hosting = AsnTable.hosting(asnRow);
        if (tor) {
            flags |= GeoFlag.TOR.bit();
        }
        if (hosting) {
            flags |= GeoFlag.HOSTING.bit();
        }
        if (tor || hosting) {
            flags |= GeoFlag.ANONYMISER.bit();
        }
        if (decision.embargoed()) {
            flags |= GeoFlag.EMBARGOED.bit();
        }
        if (decision.specialMeasure()) {
            flags |= GeoFlag.SPECIAL_MEASURE.bit();
        }
        if (decision.highRisk()) {
            flags |= GeoFlag.HIGH_RISK.bit();
        }
        String countryByCountryDb = byCountryDb.country();
        String countryByCityDb = byCityDb.country();
        boolean disagree = !countryByCountryDb.isEmpty()
                && !countryByCityDb.isEmpty()
                && !countryByCountryDb.equals(countryByCityDb);
        if (disagree) {
            flags |= GeoFlag.DATABASES_DISAGREE.bit();
        }

        // The reported location: the city database's (its region belongs to its country) unless the policy trusts
        // the country database when they disagree.
        Location shown =
                countryByCityDb.isEmpty() || (disagree && policy.disagreement() == DisagreementRule.COUNTRY_DATABASE)
                        ? byCountryDb
                        : byCityDb;

        Optional<RuleMatch> primary = decision.primary();
        Confidence confidence;
        boolean coarse = primary.isPresent()
                && primary.get().rule().kind() == RuleKind.EMBARGO
                && primary.get().rule().coarse();
        if (disagree || coarse || (byCountryDb.isEmpty() && byCityDb.isEmpty())) {
            confidence = Confidence.LOW;
        } else if (byCountryDb.isEmpty() || byCityDb.isEmpty()) {
            confidence = Confidence.MEDIUM;
        } else {
            confidence = Confidence.HIGH;
        }
        Optional<Coordinates> coordinates = shown == byCityDb ? byCityDb.coordinates() : Optional.empty();
        return new GeoLookup(
                ip,
                shown.country(),
                shown.region(),
                shown.city(),
                coordinates,
                GeoFlag.setOf(flags),
                primary,
                decision.matches(),
                confidence,
                Optional.empty(),
                asnRow < 0 ? Optional.empty() : asnTable.info(asnRow),
                byCountryDb,
                byCityDb,
                ip.ipv4() ? ipv4Versions : ipv6Versions,
                policy.version(),
                day);
    }

    /** The default policy of this screener. */
    public GeoPolicy policy() {
        return policy;
    }

    /** Today (UTC by default), by the screener's clock. */
    public LocalDate today() {
        long now = clock.millis();
        Today t = today;
        if (now >= t.endsAtMillis() || now < t.endsAtMillis() - 86_400_000L) {
            LocalDate day = Instant.ofEpochMilli(now).atZone(clock.getZone()).toLocalDate();
            long ends =
                    day.plusDays(1).atStartOfDay(clock.getZone()).toInstant().toEpochMilli();
            t = new Today(day, ends);
            today = t;
        }
        return t.day();
    }

    /** Every database file opened. */
    public List<DatabaseVersion> databases() {
        List<DatabaseVersion> out = new ArrayList<>();
        if (countryDb != null) {
            out.addAll(countryDb.versions());
        }
        if (cityDb != null) {
            out.addAll(cityDb.versions());
        }
        return List.copyOf(out);
    }

    /** The ASN table, if one was loaded. */
    public Optional<AsnTable> asnTable() {
        return Optional.ofNullable(asnTable);
    }

    /** The Tor exit list (empty when none was configured). */
    public TorExitList torExits() {
        return torExits;
    }

    private List<DatabaseVersion> versions(IpAddress sample) {
        List<DatabaseVersion> out = new ArrayList<>();
        if (countryDb != null) {
            countryDb.versionFor(sample).ifPresent(out::add);
        }
        if (cityDb != null) {
            cityDb.versionFor(sample).ifPresent(out::add);
        }
        return List.copyOf(out);
    }

    @Override
    public void close() throws IOException {
        try {
            if (countryDb != null) {
                countryDb.close();
            }
        } finally {
            if (cityDb != null) {
                cityDb.close();
            }
        }
    }
}
