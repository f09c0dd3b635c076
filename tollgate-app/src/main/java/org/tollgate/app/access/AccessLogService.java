package org.tollgate.app.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tollgate.app.alert.AlertService;
import org.tollgate.app.audit.AuditLog;
import org.tollgate.app.auth.Caller;
import org.tollgate.app.risk.RiskService;
import org.tollgate.app.tenant.TenantScope;
import org.tollgate.app.web.ApiProblem;
import org.tollgate.geo.GeoException;
import org.tollgate.geo.GeoFlag;
import org.tollgate.geo.GeoLookup;
import org.tollgate.geo.ip.IpAddress;

/**
 * The account access log: ingesting batches of events (validated one by one, checked against the customer records,
 * geo-screened, stored with COPY, screened for signals that open geo alerts and re-assess the customer's risk, audited
 * once per batch) and the per-customer IP history.
 */
@Service
public class AccessLogService {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(AccessLogService.class);
    /** The most events one batch may carry. */
    public static final int MAX_BATCH = 10_000;

    private static final Instant EARLIEST = Instant.parse("1990-01-01T00:00:00Z");
    private static final int MAX_SIGNALS_SHOWN = 100;

    private final AccessEventRepository events;
    private final GeoLocator geo;
    private final AuditLog audit;
    private final AccessProperties properties;
    private final DeclaredCountries declared;
    private final AlertService alerts;
    private final RiskService risk;
    private final TransactionTemplate tx;
    private final Clock clock;

    AccessLogService(
            AccessEventRepository events,
            GeoLocator geo,
            AuditLog audit,
            AccessProperties properties,
            DeclaredCountries declared,
            AlertService alerts,
            RiskService risk,
            PlatformTransactionManager txManager,
            Clock clock) {
        this.events = events;
        this.alerts = alerts;
        this.risk = risk;
        this.geo = geo;
        this.audit = audit;
        this.properties = properties;
        this.declared = declared;
        this.tx = new TransactionTemplate(txManager);
        this.clock = clock;
    }

    /**
     * Stores the valid events of a batch and reports the invalid ones. Each event must name a customer of the caller's
     * scope (else it is reported as {@code events[i].customer_id}) and is stored under that customer's tenant. The
     * events, their signals, the geo alerts they open, the customers' new risk assessments and the audit record commit
     * together; the monthly partitions are created before, in their own transactions.
     */
    public IngestResult ingest(Caller caller, TenantScope scope, List<@Nullable AccessEventInput> batch) {
        if (batch.size() > MAX_BATCH) {
            throw ApiProblem.invalid("events", "at most " + MAX_BATCH + " events per batch");
        }
        long t0 = System.nanoTime();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        UUID batchId = UUID.randomUUID();
        boolean located = geo.available();

        List<Parsed> parsed = new ArrayList<>(batch.size());
        Map<Integer, List<ApiProblem.FieldError>> invalid = new TreeMap<>();
        for (int i = 0; i < batch.size(); i++) {
            List<ApiProblem.FieldError> errors = new ArrayList<>();
            Parsed p = parse(i, batch.get(i), now, errors);
            if (p == null) {
                invalid.put(i, errors);
            } else {
                parsed.add(p);
            }
        }
        Set<UUID> ids = new HashSet<>();
        parsed.forEach(p -> ids.add(p.customer()));
        Map<UUID, AccessEventRepository.KnownCustomer> known = events.customers(scope, ids);
        long tKnown = System.nanoTime();
        List<ScreenedEvent> good = new ArrayList<>(parsed.size());
        for (Parsed p : parsed) {
            AccessEventRepository.KnownCustomer c = known.get(p.customer());
            if (c == null) {
                // the same answer for a customer that does not exist and one of another tenant: nothing to probe
                invalid.put(
                        p.index(),
                        List.of(new ApiProblem.FieldError(
                                "events[" + p.index() + "].customer_id", "no such customer")));
            } else {
                good.add(screen(c.tenantId(), p, located));
            }
        }
        List<IngestResult.Rejected> rejected = new ArrayList<>(invalid.size());
        invalid.forEach((i, errors) -> rejected.add(new IngestResult.Rejected(i, errors)));
        Map<UUID, UUID> tenantOf = new HashMap<>();
        Map<UUID, DeclaredCountries.Declared> declaredNow = new HashMap<>();
        for (ScreenedEvent e : good) {
            AccessEventRepository.KnownCustomer c = known.get(e.customerId());
            tenantOf.put(e.customerId(), c.tenantId());
            declaredNow.put(e.customerId(), new DeclaredCountries.Declared(c.tenantId(), c.declaredCountries()));
        }
        long tScreened = System.nanoTime();
        Set<YearMonth> months = new TreeSet<>();
        good.forEach(e -> months.add(YearMonth.from(e.at().atOffset(ZoneOffset.UTC))));
        events.ensurePartitions(months);

        Outcome outcome = tx.execute(s -> {
            Map<UUID, Instant> firstByCustomer = new HashMap<>();
            for (ScreenedEvent e : good) {
                firstByCustomer.merge(e.customerId(), e.at(), (a, b) -> a.isBefore(b) ? a : b);
            }
            long t1 = System.nanoTime();
            Map<UUID, ScreenedEvent> previous =
                    located ? events.lastLocatedBefore(firstByCustomer, tenantOf) : Map.of();
            long t2 = System.nanoTime();
            if (!good.isEmpty()) {
                events.insert(batchId, now, good);
            }
            long t3 = System.nanoTime();
            List<AccessSignal> found = new ArrayList<>();
            Set<UUID> reassess = new TreeSet<>(); // sorted: a fixed order of row locks across batches
            List<UUID> opened = new ArrayList<>();
            if (located && !good.isEmpty()) {
                Instant lookbackFrom =
                        now.minus(Duration.ofDays(risk.policy().access().lookbackDays()));
                Instant latest = good.stream()
                        .map(ScreenedEvent::at)
                        .max(Comparator.naturalOrder())
                        .orElseThrow();
                Instant windowFrom = latest.minus(properties.mismatchWindow());
                // what the customers already had: to deduplicate mismatches and to re-assess only on news
                List<AccessEventRepository.SignalSeen> seen = events.signalsSince(
                        tenantOf,
                        lookbackFrom.isBefore(windowFrom.minus(properties.mismatchWindow()))
                                ? lookbackFrom
                                : windowFrom.minus(properties.mismatchWindow()));
                found.addAll(embargoed(good));
                found.addAll(anonymisers(good));
                found.addAll(impossibleTravel(good, previous));
                found.addAll(mismatches(tenantOf, known, windowFrom, seen));
                Set<String> had = new HashSet<>();
                for (AccessEventRepository.SignalSeen x : seen) {
                    if (!x.last().isBefore(lookbackFrom)) {
                        had.add(x.customerId() + "/" + x.kind().code());
                    }
                }
                for (AccessSignal f : found) {
                    if (!f.at().isBefore(lookbackFrom)
                            && !had.contains(f.customerId() + "/" + f.kind().code())) {
                        reassess.add(f.customerId()); // a kind of signal new within the lookback: the risk changes
                    }
                }
            }
            long t4 = System.nanoTime();
            events.insertSignals(batchId, now, found, tenantOf);
            long t5 = System.nanoTime();
            // Alerts and assessments append to the audit chain, whose head stays locked until commit: they come
            // last, so concurrent batches overlap in everything before. In a fixed order (customer, key), so two
            // batches opening alerts for the same customers cannot deadlock on the alert_geo_open index.
            List<AccessSignal> alerting = found.stream()
                    .filter(f -> f.kind() == SignalKind.EMBARGOED_LOCATION || f.kind() == SignalKind.COUNTRY_MISMATCH)
                    .sorted(Comparator.comparing(AccessSignal::customerId).thenComparing(AccessLogService::geoKey))
                    .toList();
            for (AccessSignal f : alerting) {
                alerts.raiseGeo(
                                tenantOf.get(f.customerId()),
                                f.customerId(),
                                geoKey(f),
                                title(f),
                                evidence(f),
                                caller.actor())
                        .ifPresent(a -> {
                            opened.add(a.id());
                            reassess.add(f.customerId());
                        });
            }
            for (UUID customer : reassess) {
                risk.reassess(scope, customer, caller.actor());
            }
            long t6 = System.nanoTime();
            if (log.isDebugEnabled()) {
                log.debug(
                        "batch {}: {} events; ms: parse+customers {}, screen {}, partitions {}, previous {}, copy {},"
                                + " signals {}, insert {}, alerts+reassess {} ({} signals, {} alerts, {} customers)",
                        batchId,
                        good.size(),
                        (tKnown - t0) / 1_000_000,
                        (tScreened - tKnown) / 1_000_000,
                        (t1 - tScreened) / 1_000_000,
                        (t2 - t1) / 1_000_000,
                        (t3 - t2) / 1_000_000,
                        (t4 - t3) / 1_000_000,
                        (t5 - t4) / 1_000_000,
                        (t6 - t5) / 1_000_000,
                        found.size(),
                        opened.size(),
                        reassess.size());
            }
            Map<String, Integer> byKind = new LinkedHashMap<>();
            found.forEach(f -> byKind.merge(f.kind().code(), 1, Integer::sum));
            audit.append(caller.audit(
                    caller.tenantId(),
                    "access_events.ingested",
                    "access_batch",
                    batchId,
                    Map.of(
                            "accepted",
                            good.size(),
                            "rejected",
                            rejected.size(),
                            "signals",
                            byKind,
                            "alerts_opened",
                            opened.size(),
                            "geolocation",
                            located ? "available" : "unavailable")));
            return new Outcome(found, opened);
        });
        declared.put(declaredNow);
        List<AccessSignal> signals = outcome.signals();
        return new IngestResult(
                batchId,
                good.size(),
                rejected,
                signals.size() > MAX_SIGNALS_SHOWN ? signals.subList(0, MAX_SIGNALS_SHOWN) : signals,
                outcome.alertsOpened(),
                located ? "available" : geo.unavailableReason());
    }

    private record Outcome(List<AccessSignal> signals, List<UUID> alertsOpened) {}

    /** What deduplicates geo alerts: one unresolved or confirmed alert per customer and key. */
    private static String geoKey(AccessSignal s) {
        return s.kind() == SignalKind.EMBARGOED_LOCATION
                ? s.kind().code() + ":" + s.details().get("rule")
                : s.kind().code() + ":" + s.country();
    }

    private String title(AccessSignal s) {
        if (s.kind() == SignalKind.EMBARGOED_LOCATION) {
            Object region = s.details().get("region");
            return "access from an embargoed location: " + s.details().get("rule") + " (" + s.country()
                    + (region == null || region.toString().isEmpty() ? "" : ", " + region) + ")";
        }
        return "repeated access from " + s.country() + ", none of the declared countries "
                + s.details().get("declared_countries");
    }

    /** The alert's evidence: the signal with its address, place and time. */
    private static Map<String, Object> evidence(AccessSignal s) {
        Map<String, Object> ev = new LinkedHashMap<>();
        ev.put("signal", s.kind().code());
        ev.put("ip", s.ip());
        ev.put("country", s.country());
        Object region = s.details().get("region");
        if (region != null) {
            ev.put("region", region);
        }
        Object rule = s.details().get("rule");
        if (rule != null) {
            ev.put("rule", rule);
        }
        ev.put("at", s.at().toString());
        Object last = s.details().get("last_at");
        ev.put("last_at", last != null ? last : s.at().toString());
        ev.put("last_ip", s.ip());
        ev.put("details", s.details());
        return ev;
    }

    /** An event whose fields are valid, before its customer is checked and its address screened. */
    private record Parsed(
            int index,
            UUID customer,
            IpAddress ip,
            Instant time,
            AccessKind kind,
            @Nullable String userAgent) {}

    /** Validates one event; null (with the errors filled) when it is invalid. */
    private @Nullable Parsed parse(
            int index, @Nullable AccessEventInput in, Instant now, List<ApiProblem.FieldError> errors) {
        String at = "events[" + index + "]";
        if (in == null) {
            errors.add(new ApiProblem.FieldError(at, "must be an object"));
            return null;
        }
        UUID customer = null;
        if (blank(in.customerId())) {
            errors.add(new ApiProblem.FieldError(at + ".customer_id", "is required"));
        } else {
            try {
                customer = UUID.fromString(in.customerId().strip());
            } catch (IllegalArgumentException e) {
                errors.add(new ApiProblem.FieldError(at + ".customer_id", "must be a UUID"));
            }
        }
        Optional<IpAddress> ip = Optional.empty();
        if (blank(in.ip())) {
            errors.add(new ApiProblem.FieldError(at + ".ip", "is required"));
        } else {
            ip = IpAddress.tryParse(in.ip());
            if (ip.isEmpty()) {
                errors.add(new ApiProblem.FieldError(at + ".ip", "is not an IP address"));
            }
        }
        Instant time = null;
        if (blank(in.time())) {
            errors.add(new ApiProblem.FieldError(at + ".time", "is required"));
        } else {
            try {
                time = OffsetDateTime.parse(in.time().strip()).toInstant().truncatedTo(ChronoUnit.MICROS);
                if (time.isAfter(now.plus(properties.maxClockSkew()))) {
                    errors.add(new ApiProblem.FieldError(at + ".time", "is in the future"));
                } else if (time.isBefore(EARLIEST)) {
                    errors.add(new ApiProblem.FieldError(at + ".time", "is before 1990"));
                }
            } catch (DateTimeParseException e) {
                errors.add(new ApiProblem.FieldError(
                        at + ".time", "must be an ISO-8601 time with an offset, e.g. 2026-11-29T10:15:00Z"));
            }
        }
        Optional<AccessKind> kind = Optional.empty();
        if (blank(in.kind())) {
            errors.add(new ApiProblem.FieldError(at + ".kind", "is required"));
        } else {
            kind = AccessKind.ofCode(in.kind().strip());
            if (kind.isEmpty()) {
                errors.add(new ApiProblem.FieldError(at + ".kind", "must be login, console, api, admin or payment"));
            }
        }
        String userAgent = in.userAgent();
        if (userAgent != null) {
            if (userAgent.length() > 1000) {
                errors.add(new ApiProblem.FieldError(at + ".user_agent", "at most 1000 characters"));
            } else if (userAgent.indexOf('\0') >= 0) {
                errors.add(new ApiProblem.FieldError(at + ".user_agent", "must not contain NUL characters"));
            }
        }
        if (!errors.isEmpty()) {
            return null;
        }
        return new Parsed(index, customer, ip.get(), time, kind.get(), userAgent);
    }

    /** Screens a valid event's address as of its day, under its tenant's policy. */
    private ScreenedEvent screen(UUID tenant, Parsed p, boolean located) {
        if (!located) {
            return new ScreenedEvent(
                    p.index(),
                    tenant,
                    p.customer(),
                    p.time(),
                    p.ip().toString(),
                    p.kind(),
                    p.userAgent(),
                    "",
                    "",
                    "",
                    null,
                    null,
                    List.of(),
                    null,
                    "unavailable",
                    "");
        }
        GeoLookup g;
        try {
            // screened as of the day of the event: the policy in force then
            g = geo.lookup(p.ip(), LocalDate.ofInstant(p.time(), ZoneOffset.UTC), tenant)
                    .orElseThrow();
        } catch (GeoException e) {
            throw new IllegalStateException("IP lookup failed: " + e.getMessage(), e);
        }
        return new ScreenedEvent(
                p.index(),
                tenant,
                p.customer(),
                p.time(),
                g.ip().toString(),
                p.kind(),
                p.userAgent(),
                g.country(),
                g.region(),
                g.city(),
                g.coordinates().map(c -> c.latitude()).orElse(null),
                g.coordinates().map(c -> c.longitude()).orElse(null),
                g.flags().stream().map(GeoFlag::code).toList(),
                g.rule().map(r -> r.id()).orElse(null),
                g.confidence().name().toLowerCase(Locale.ROOT),
                g.policyVersion());
    }

    /** One signal per customer and embargo rule in the batch, at its first event, with the count. */
    private static List<AccessSignal> embargoed(List<ScreenedEvent> good) {
        Map<List<Object>, List<ScreenedEvent>> groups = new LinkedHashMap<>();
        for (ScreenedEvent e : good) {
            if (e.has("embargoed")) {
                groups.computeIfAbsent(List.of(e.customerId(), String.valueOf(e.rule())), k -> new ArrayList<>())
                        .add(e);
            }
        }
        List<AccessSignal> out = new ArrayList<>();
        groups.values().forEach(list -> {
            list.sort(Comparator.comparing(ScreenedEvent::at));
            ScreenedEvent first = list.get(0);
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("rule", String.valueOf(first.rule()));
            details.put("region", first.region());
            details.put("city", first.city());
            details.put("confidence", first.confidence());
            details.put("flags", first.flags());
            details.put("events", list.size());
            details.put("last_at", list.get(list.size() - 1).at().toString());
            out.add(new AccessSignal(
                    first.customerId(),
                    SignalKind.EMBARGOED_LOCATION,
                    first.at(),
                    first.ip(),
                    first.country(),
                    details));
        });
        return out;
    }

    /** One signal per customer with anonymised events in the batch, with the counts of Tor and hosting. */
    private static List<AccessSignal> anonymisers(List<ScreenedEvent> good) {
        Map<UUID, List<ScreenedEvent>> groups = new LinkedHashMap<>();
        for (ScreenedEvent e : good) {
            if (e.has("anonymiser")) {
                groups.computeIfAbsent(e.customerId(), k -> new ArrayList<>()).add(e);
            }
        }
        List<AccessSignal> out = new ArrayList<>();
        groups.values().forEach(list -> {
            list.sort(Comparator.comparing(ScreenedEvent::at));
            ScreenedEvent first = list.get(0);
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("events", list.size());
            details.put("tor", list.stream().filter(e -> e.has("tor")).count());
            details.put("hosting", list.stream().filter(e -> e.has("hosting")).count());
            details.put(
                    "addresses",
                    list.stream().map(ScreenedEvent::ip).distinct().limit(20).toList());
            details.put("last_at", list.get(list.size() - 1).at().toString());
            out.add(new AccessSignal(
                    first.customerId(), SignalKind.ANONYMISER, first.at(), first.ip(), first.country(), details));
        });
        return out;
    }

    /**
     * Consecutive located events of a customer (the last one stored before the batch, then the batch's in time order)
     * whose distance needs a speed above the limit. Anonymised and private addresses are left out: their location
     * is not the person's.
     */
    private List<AccessSignal> impossibleTravel(List<ScreenedEvent> good, Map<UUID, ScreenedEvent> previous) {
        Map<UUID, List<ScreenedEvent>> byCustomer = new LinkedHashMap<>();
        for (ScreenedEvent e : good) {
            if (e.locatesThePerson()) {
                byCustomer
                        .computeIfAbsent(e.customerId(), k -> new ArrayList<>())
                        .add(e);
            }
        }
        List<AccessSignal> out = new ArrayList<>();
        byCustomer.forEach((customer, list) -> {
            list.sort(Comparator.comparing(ScreenedEvent::at));
            ScreenedEvent last = previous.get(customer);
            for (ScreenedEvent e : list) {
                if (last != null) {
                    double km = Travel.distanceKm(last.latitude(), last.longitude(), e.latitude(), e.longitude());
                    double speed = Travel.speedKmh(km, last.at(), e.at());
                    if (km >= properties.travelMinKm() && speed > properties.maxSpeedKmh()) {
                        Map<String, Object> details = new LinkedHashMap<>();
                        details.put("from_ip", last.ip());
                        details.put("from_country", last.country());
                        details.put("from_city", last.city());
                        details.put("from_at", last.at().toString());
                        details.put("to_country", e.country());
                        details.put("to_city", e.city());
                        details.put("distance_km", Math.round(km));
                        details.put("hours", Math.round(ChronoUnit.SECONDS.between(last.at(), e.at()) / 36.0) / 100.0);
                        details.put("speed_kmh", Double.isInfinite(speed) ? "unbounded" : Math.round(speed));
                        out.add(new AccessSignal(
                                customer, SignalKind.IMPOSSIBLE_TRAVEL, e.at(), e.ip(), e.country(), details));
                    }
                }
                last = e;
            }
        });
        return out;
    }

    /**
     * Countries that are none of the customer's declared countries (nationality and address countries of the customer
     * record) with at least the configured number of events within the window before the batch's latest event; one
     * signal per customer and country per window. A customer who declared no country has nothing to mismatch.
     */
    private List<AccessSignal> mismatches(
            Map<UUID, UUID> tenantOf,
            Map<UUID, AccessEventRepository.KnownCustomer> known,
            Instant from,
            List<AccessEventRepository.SignalSeen> seen) {
        Map<UUID, UUID> withDeclared = new HashMap<>();
        tenantOf.forEach((c, t) -> {
            if (!known.get(c).declaredCountries().isEmpty()) {
                withDeclared.put(c, t);
            }
        });
        Map<String, Instant> lastSignal = new HashMap<>();
        for (AccessEventRepository.SignalSeen x : seen) {
            if (x.kind() == SignalKind.COUNTRY_MISMATCH) {
                lastSignal.put(x.customerId() + "/" + x.country(), x.last());
            }
        }
        List<AccessSignal> out = new ArrayList<>();
        for (AccessEventRepository.CountryCount m :
                events.countryCounts(withDeclared, from, properties.mismatchMinEvents())) {
            Set<String> declaredCountries = known.get(m.customerId()).declaredCountries();
            if (declaredCountries.contains(m.country())) {
                continue;
            }
            Instant last = lastSignal.get(m.customerId() + "/" + m.country());
            if (last != null && !last.isBefore(m.last().minus(properties.mismatchWindow()))) {
                continue; // already signalled within the window
            }
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("declared_countries", List.copyOf(declaredCountries));
            details.put("events", m.events());
            details.put("window_days", properties.mismatchWindow().toHours() / 24.0);
            details.put("min_events", properties.mismatchMinEvents());
            out.add(new AccessSignal(
                    m.customerId(), SignalKind.COUNTRY_MISMATCH, m.last(), m.ip(), m.country(), details));
        }
        return out;
    }

    /**
     * A customer's IP history: countries and regions with first and last seen, counts, flags, and signals.
     *
     * @param customerId the customer
     * @param declaredCountries the countries of the customer record (nationality, addresses) mismatches are measured
     *     against
     * @param events how many events the log holds
     * @param firstSeen the first event's time
     * @param lastSeen the last event's time
     * @param countries per country and region, most recently seen first
     * @param signalCounts signals per kind
     * @param signals the 100 most recent signals
     */
    public record IpHistory(
            UUID customerId,
            Set<String> declaredCountries,
            long events,
            @Nullable Instant firstSeen,
            @Nullable Instant lastSeen,
            List<AccessEventRepository.CountrySeen> countries,
            Map<String, Long> signalCounts,
            List<AccessSignal> signals) {}

    /**
     * The IP history summary shown in the customer view: the history without the signal list.
     *
     * @param events how many events the log holds
     * @param firstSeen the first event's time
     * @param lastSeen the last event's time
     * @param countries per country and region: first and last seen, events, addresses, flags
     * @param signalCounts signals per kind
     */
    public record IpSummary(
            long events,
            @Nullable Instant firstSeen,
            @Nullable Instant lastSeen,
            List<AccessEventRepository.CountrySeen> countries,
            Map<String, Long> signalCounts) {}

    /** The IP history of a customer of the caller's scope; 404 for a customer outside it or unknown. */
    public IpHistory history(TenantScope scope, UUID customer) {
        AccessEventRepository.KnownCustomer known =
                events.customers(scope, List.of(customer)).get(customer);
        if (known == null) {
            throw ApiProblem.notFound("customer", customer);
        }
        IpSummary s = summary(scope, customer);
        return new IpHistory(
                customer,
                known.declaredCountries(),
                s.events(),
                s.firstSeen(),
                s.lastSeen(),
                s.countries(),
                s.signalCounts(),
                events.signals(scope, customer, MAX_SIGNALS_SHOWN));
    }

    /** The IP history summary of a customer (empty when the log has nothing on it); the caller checked the scope. */
    public IpSummary summary(TenantScope scope, UUID customer) {
        List<AccessEventRepository.CountrySeen> countries = events.history(scope, customer);
        long total = countries.stream()
                .mapToLong(AccessEventRepository.CountrySeen::events)
                .sum();
        Instant first = countries.stream()
                .map(AccessEventRepository.CountrySeen::firstSeen)
                .min(Comparator.naturalOrder())
                .orElse(null);
        Instant last = countries.stream()
                .map(AccessEventRepository.CountrySeen::lastSeen)
                .max(Comparator.naturalOrder())
                .orElse(null);
        return new IpSummary(total, first, last, countries, events.signalCounts(scope, customer));
    }

    private static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }
}
