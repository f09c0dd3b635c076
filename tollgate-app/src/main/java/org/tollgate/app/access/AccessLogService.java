package org.tollgate.app.access;

import java.time.Clock;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tollgate.app.audit.AuditLog;
import org.tollgate.app.auth.Caller;
import org.tollgate.app.tenant.TenantScope;
import org.tollgate.app.web.ApiProblem;
import org.tollgate.geo.GeoException;
import org.tollgate.geo.GeoFlag;
import org.tollgate.geo.GeoLookup;
import org.tollgate.geo.ip.IpAddress;

/**
 * The account access log: ingesting batches of events (validated one by one, geo-screened, stored with COPY, screened
 * for signals, audited once per batch) and the per-customer IP history.
 */
@Service
public class AccessLogService {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(AccessLogService.class);
    /** The most events one batch may carry. */
    public static final int MAX_BATCH = 10_000;

    private static final Instant EARLIEST = Instant.parse("1990-01-01T00:00:00Z");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final int MAX_SIGNALS_SHOWN = 100;

    private final AccessEventRepository events;
    private final GeoLocator geo;
    private final AuditLog audit;
    private final AccessProperties properties;
    private final DeclaredCountries declared;
    private final TransactionTemplate tx;
    private final Clock clock;

    AccessLogService(
            AccessEventRepository events,
            GeoLocator geo,
            AuditLog audit,
            AccessProperties properties,
            DeclaredCountries declared,
            PlatformTransactionManager txManager,
            Clock clock) {
        this.events = events;
        this.geo = geo;
        this.audit = audit;
        this.properties = properties;
        this.declared = declared;
        this.tx = new TransactionTemplate(txManager);
        this.clock = clock;
    }

    /**
     * Stores the valid events of a batch for the caller's tenant and reports the invalid ones. The events, their
     * signals, the declared countries and the audit record commit together; the monthly partitions are created
     * before, in their own transactions.
     */
    public IngestResult ingest(Caller caller, List<@Nullable AccessEventInput> batch) {
        if (batch.size() > MAX_BATCH) {
            throw ApiProblem.invalid("events", "at most " + MAX_BATCH + " events per batch");
        }
        long t0 = System.nanoTime();
        UUID tenant = caller.tenantId();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        UUID batchId = UUID.randomUUID();
        boolean located = geo.available();

        List<ScreenedEvent> good = new ArrayList<>(batch.size());
        List<IngestResult.Rejected> rejected = new ArrayList<>();
        Map<UUID, String> declaredNow = new LinkedHashMap<>();
        for (int i = 0; i < batch.size(); i++) {
            List<ApiProblem.FieldError> errors = new ArrayList<>();
            ScreenedEvent e = screen(tenant, i, batch.get(i), now, located, errors, declaredNow);
            if (e == null) {
                rejected.add(new IngestResult.Rejected(i, errors));
            } else {
                good.add(e);
            }
        }
        long tScreened = System.nanoTime();
        Set<YearMonth> months = new TreeSet<>();
        good.forEach(e -> months.add(YearMonth.from(e.at().atOffset(ZoneOffset.UTC))));
        events.ensurePartitions(months);

        List<AccessSignal> signals = tx.execute(s -> {
            Map<UUID, Instant> firstByCustomer = new HashMap<>();
            for (ScreenedEvent e : good) {
                firstByCustomer.merge(e.customerId(), e.at(), (a, b) -> a.isBefore(b) ? a : b);
            }
            long t1 = System.nanoTime();
            Map<UUID, ScreenedEvent> previous = located ? events.lastLocatedBefore(tenant, firstByCustomer) : Map.of();
            long t2 = System.nanoTime();
            if (!good.isEmpty()) {
                events.insert(tenant, batchId, now, good);
            }
            long t3 = System.nanoTime();
            events.declareCountries(tenant, declaredNow, now);
            List<AccessSignal> found = new ArrayList<>();
            if (located) {
                found.addAll(embargoed(good));
                found.addAll(anonymisers(good));
                found.addAll(impossibleTravel(good, previous));
                found.addAll(mismatches(tenant, good));
            }
            long t4 = System.nanoTime();
            events.insertSignals(tenant, batchId, now, found);
            long t5 = System.nanoTime();
            if (log.isDebugEnabled()) {
                log.debug(
                        "batch {}: {} events; ms: screen {}, partitions {}, previous {}, copy {}, signals {}, insert"
                                + " {} signals {}",
                        batchId,
                        good.size(),
                        (tScreened - t0) / 1_000_000,
                        (t1 - tScreened) / 1_000_000,
                        (t2 - t1) / 1_000_000,
                        (t3 - t2) / 1_000_000,
                        (t4 - t3) / 1_000_000,
                        (t5 - t4) / 1_000_000,
                        found.size());
            }
            Map<String, Integer> byKind = new LinkedHashMap<>();
            found.forEach(f -> byKind.merge(f.kind().code(), 1, Integer::sum));
            audit.append(caller.audit(
                    tenant,
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
                            "geolocation",
                            located ? "available" : "unavailable")));
            return found;
        });
        declared.put(tenant, declaredNow);
        return new IngestResult(
                batchId,
                good.size(),
                rejected,
                signals.size() > MAX_SIGNALS_SHOWN ? signals.subList(0, MAX_SIGNALS_SHOWN) : signals,
                located ? "available" : geo.unavailableReason());
    }

    /** Validates one event and screens its address; null (with the errors filled) when it is invalid. */
    private @Nullable ScreenedEvent screen(
            UUID tenant,
            int index,
            @Nullable AccessEventInput in,
            Instant now,
            boolean located,
            List<ApiProblem.FieldError> errors,
            Map<UUID, String> declaredNow) {
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
        String declaredCountry = null;
        if (in.declaredCountry() != null) {
            declaredCountry = in.declaredCountry().strip().toUpperCase(Locale.ROOT);
            if (!COUNTRIES.contains(declaredCountry)) {
                errors.add(new ApiProblem.FieldError(
                        at + ".declared_country", "must be an ISO 3166-1 alpha-2 country code"));
            }
        }
        if (!errors.isEmpty()) {
            return null;
        }
        if (declaredCountry != null) {
            declaredNow.put(customer, declaredCountry);
        }
        if (!located) {
            return new ScreenedEvent(
                    index,
                    customer,
                    time,
                    ip.get().toString(),
                    kind.get(),
                    userAgent,
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
            g = geo.lookup(ip.get(), LocalDate.ofInstant(time, ZoneOffset.UTC), tenant)
                    .orElseThrow();
        } catch (GeoException e) {
            throw new IllegalStateException("IP lookup failed: " + e.getMessage(), e);
        }
        return new ScreenedEvent(
                index,
                customer,
                time,
                g.ip().toString(),
                kind.get(),
                userAgent,
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
     * Countries other than the declared one with at least the configured number of events within the window before
     * the batch's latest event; one signal per customer and country per window.
     */
    private List<AccessSignal> mismatches(UUID tenant, List<ScreenedEvent> good) {
        if (good.isEmpty()) {
            return List.of();
        }
        Instant latest = good.stream()
                .map(ScreenedEvent::at)
                .max(Comparator.naturalOrder())
                .orElseThrow();
        Instant from = latest.minus(properties.mismatchWindow());
        Set<UUID> customers = new TreeSet<>();
        good.forEach(e -> customers.add(e.customerId()));
        List<AccessSignal> out = new ArrayList<>();
        for (AccessEventRepository.Mismatch m :
                events.mismatches(tenant, customers, from, properties.mismatchMinEvents())) {
            if (events.signalSince(
                    tenant,
                    m.customerId(),
                    SignalKind.COUNTRY_MISMATCH,
                    m.country(),
                    m.last().minus(properties.mismatchWindow()))) {
                continue;
            }
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("declared_country", m.declared());
            details.put("events", m.events());
            details.put("window_days", properties.mismatchWindow().toHours() / 24.0);
            details.put("min_events", properties.mismatchMinEvents());
            out.add(new AccessSignal(
                    m.customerId(), SignalKind.COUNTRY_MISMATCH, m.last(), m.ip(), m.country(), details));
        }
        return out;
    }

    /** A customer's IP history: countries and regions with first and last seen, counts, flags, and signals. */
    public record IpHistory(
            UUID customerId,
            @Nullable String declaredCountry,
            long events,
            @Nullable Instant firstSeen,
            @Nullable Instant lastSeen,
            List<AccessEventRepository.CountrySeen> countries,
            Map<String, Long> signalCounts,
            List<AccessSignal> signals) {}

    /** The IP history of a customer visible to the caller; 404 when the caller's tenants have nothing on it. */
    public IpHistory history(TenantScope scope, UUID customer) {
        List<AccessEventRepository.CountrySeen> countries = events.history(scope, customer);
        List<AccessSignal> signals = events.signals(scope, customer, 100);
        if (countries.isEmpty() && signals.isEmpty()) {
            throw ApiProblem.notFound("customer", customer);
        }
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
        return new IpHistory(
                customer,
                events.declaredCountry(scope, customer).orElse(null),
                total,
                first,
                last,
                countries,
                events.signalCounts(scope, customer),
                signals);
    }

    private static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }
}
