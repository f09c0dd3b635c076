package org.tollgate.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.tollgate.geo.GeoException;
import org.tollgate.geo.GeoFlag;
import org.tollgate.geo.GeoLookup;
import org.tollgate.geo.GeoScreener;
import org.tollgate.geo.GeoSources;
import org.tollgate.geo.ip.IpAddress;
import org.tollgate.geo.mmdb.DatabaseVersion;
import org.tollgate.geo.policy.GeoPolicy;
import org.tollgate.geo.policy.RuleMatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tollgate geo}: IP geolocation screening. */
@Command(
        name = "geo",
        mixinStandardHelpOptions = true,
        description = "IP geolocation screening: where an address is, and whether a geo policy embargoes it.",
        subcommands = {GeoCommand.LookupCommand.class})
final class GeoCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code tollgate geo lookup IP...}: one JSON object per address per line. */
    @Command(
            name = "lookup",
            mixinStandardHelpOptions = true,
            description = {
                "Screens IP addresses and prints one JSON object per address per line: ip, country (ISO alpha-2),"
                        + " region, city, flags, rule (the most severe policy rule that applies), rules, confidence,"
                        + " asn, the two databases' answers, the database versions, the policy version and the day.",
                "The IP databases come from scripts/install-geo-data.sh (data/geo under the repository, or"
                        + " TOLLGATE_GEO_DATA); MaxMind GeoIP2/GeoLite2 files can be given instead."
            })
    static final class LookupCommand implements Callable<Integer> {
        private static final ObjectMapper JSON = new ObjectMapper();

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "IP", arity = "1..*", description = "IPv4 or IPv6 addresses.")
        List<String> ips;

        @Option(
                names = "--data-dir",
                paramLabel = "DIR",
                description = "Directory laid out by scripts/install-geo-data.sh (default: TOLLGATE_GEO_DATA, else"
                        + " data/geo under the repository).")
        Path dataDir;

        @Option(
                names = "--country-db",
                paramLabel = "FILE",
                description = "MMDB file(s) of the country database, replacing the data directory's.")
        List<Path> countryDb = new ArrayList<>();

        @Option(
                names = "--city-db",
                paramLabel = "FILE",
                description = "MMDB file(s) of the city database (e.g. GeoIP2-City.mmdb), replacing the data"
                        + " directory's.")
        List<Path> cityDb = new ArrayList<>();

        @Option(names = "--tor-exits", paramLabel = "FILE", description = "Tor bulk exit list (one IP per line).")
        Path torExits;

        @Option(
                names = "--policy",
                paramLabel = "FILE",
                description = "Geo policy YAML replacing the built-in US default.")
        Path policyFile;

        @Option(names = "--override", paramLabel = "FILE", description = "Tenant override YAML merged over the policy.")
        Path overrideFile;

        @Option(
                names = "--as-of",
                paramLabel = "DATE",
                description = "Apply the policy as of this day (YYYY-MM-DD; default today, UTC).")
        LocalDate asOf;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            List<IpAddress> addresses = new ArrayList<>();
            boolean badInput = false;
            for (String text : ips) {
                Optional<IpAddress> ip = IpAddress.tryParse(text);
                if (ip.isEmpty()) {
                    err.println("tollgate geo lookup: not an IP address: '" + text + "'");
                    badInput = true;
                } else {
                    addresses.add(ip.get());
                }
            }
            GeoSources sources;
            GeoPolicy policy;
            try {
                sources = sources();
                policy = policyFile == null ? GeoPolicy.defaults() : GeoPolicy.load(policyFile);
                if (overrideFile != null) {
                    policy = policy.withOverride(overrideFile);
                }
            } catch (GeoException e) {
                err.println("tollgate geo lookup: " + e.getMessage());
                return TollgateCommand.EXIT_INPUT;
            }
            try (GeoScreener screener = GeoScreener.open(sources, policy, Clock.systemUTC())) {
                screener.torExits().problems().forEach(p -> err.println("tollgate geo lookup: warning: " + p));
                LocalDate day = asOf != null ? asOf : screener.today();
                for (IpAddress ip : addresses) {
                    out.println(json(screener.lookup(ip, day, policy)));
                }
            } catch (GeoException | IOException e) {
                err.println("tollgate geo lookup: " + e.getMessage());
                return TollgateCommand.EXIT_INPUT;
            }
            out.flush();
            return badInput ? TollgateCommand.EXIT_USAGE : 0;
        }

        private GeoSources sources() throws GeoException {
            Path dir = dataDir;
            if (dir == null) {
                dir = GeoSources.defaultDataDirectory().orElse(null);
            }
            GeoSources s;
            if (dir != null) {
                if (!dir.toFile().isDirectory()) {
                    throw new GeoException(dir + ": no such data directory");
                }
                s = GeoSources.fromDataDirectory(dir);
            } else {
                s = new GeoSources(List.of(), List.of(), List.of(), Optional.empty(), Optional.empty());
            }
            s = new GeoSources(
                    countryDb.isEmpty() ? s.countryDatabase() : countryDb,
                    cityDb.isEmpty() ? s.cityDatabase() : cityDb,
                    s.asnTables(),
                    Optional.ofNullable(torExits),
                    Optional.empty());
            if (!s.hasLocationData()) {
                throw new GeoException("no IP databases found: run scripts/install-geo-data.sh, set "
                        + GeoSources.DATA_ENV + ", or pass --data-dir / --city-db");
            }
            return s;
        }

        static String json(GeoLookup l) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("ip", l.ip().toString());
            o.put("country", nullIfEmpty(l.country()));
            o.put("region", nullIfEmpty(l.region()));
            o.put("city", nullIfEmpty(l.city()));
            o.put("flags", l.flags().stream().map(GeoFlag::code).toList());
            o.put("rule", l.rule().map(RuleMatch::id).orElse(null));
            o.put("rules", l.matches().stream().map(RuleMatch::id).toList());
            o.put("confidence", l.confidence().name().toLowerCase(java.util.Locale.ROOT));
            l.reserved().ifPresent(r -> o.put("reserved", r));
            l.asn().ifPresent(a -> {
                Map<String, Object> asn = new LinkedHashMap<>();
                asn.put("number", a.asn());
                asn.put("name", a.name());
                a.hostingProvider().ifPresent(p -> asn.put("hosting", p));
                o.put("asn", asn);
            });
            l.coordinates().ifPresent(c -> o.put("location", List.of(c.latitude(), c.longitude())));
            if (!l.databases().isEmpty()) {
                Map<String, Object> answers = new LinkedHashMap<>();
                answers.put("country", nullIfEmpty(l.countryDatabase().country()));
                answers.put("city", nullIfEmpty(l.cityDatabase().country()));
                o.put("answers", answers);
            }
            List<Map<String, Object>> dbs = new ArrayList<>();
            for (DatabaseVersion v : l.databases()) {
                Map<String, Object> d = new LinkedHashMap<>();
                d.put("role", v.role());
                d.put("file", v.file());
                d.put("type", v.databaseType());
                d.put("built", v.built().toString());
                if (!v.source().isEmpty()) {
                    d.put("source", v.source());
                }
                dbs.add(d);
            }
            o.put("databases", dbs);
            o.put("policy", l.policyVersion());
            o.put("asOf", l.asOf().toString());
            try {
                return JSON.writeValueAsString(o);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a map of strings, numbers and lists always serialises", e);
            }
        }

        private static String nullIfEmpty(String s) {
            return s.isEmpty() ? null : s;
        }
    }
}
