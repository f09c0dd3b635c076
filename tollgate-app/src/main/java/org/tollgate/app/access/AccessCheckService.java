package org.tollgate.app.access;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.tollgate.app.auth.Caller;
import org.tollgate.app.web.ApiProblem;
import org.tollgate.geo.Confidence;
import org.tollgate.geo.GeoException;
import org.tollgate.geo.GeoFlag;
import org.tollgate.geo.GeoLookup;
import org.tollgate.geo.ip.IpAddress;

/**
 * The gateway check: one address (and optionally a customer) to allow / challenge / block. The hot path is in memory
 * only: it reads and writes nothing in the database. It is not audited per call (one record per login would bury the
 * audit log and serialize every check on the chain head); the API key's use is audited once a minute by the
 * foundation, and the counts per action are the metric {@code tollgate.access.checks}.
 *
 * <p>Decision: block when the address is in an embargoed jurisdiction (under the disagreement rule, either database
 * suffices); challenge for Tor, hosting (unless {@code tollgate.access.challenge-hosting=false}), high-risk or
 * special-measure jurisdictions, databases that disagree or an otherwise low-confidence or unknown location, private
 * addresses (unless {@code tollgate.access.allow-private}, the default) and missing IP data; allow otherwise.
 */
@Service
public class AccessCheckService {
    private final GeoLocator geo;
    private final AccessProperties properties;
    private final DeclaredCountries declared;
    private final Map<AccessAction, Counter> counters = new EnumMap<>(AccessAction.class);

    AccessCheckService(GeoLocator geo, AccessProperties properties, DeclaredCountries declared, MeterRegistry meters) {
        this.geo = geo;
        this.properties = properties;
        this.declared = declared;
        for (AccessAction a : AccessAction.values()) {
            counters.put(
                    a,
                    Counter.builder("tollgate.access.checks")
                            .description("Gateway access checks by answer")
                            .tag("action", a.name().toLowerCase(Locale.ROOT))
                            .register(meters));
        }
    }

    /** Checks an address for the caller's tenant (its policy). */
    public AccessCheckResult check(Caller caller, @Nullable String ipText, @Nullable UUID customer) {
        UUID tenant = caller.tenantId();
        if (ipText == null || ipText.isBlank()) {
            throw ApiProblem.invalid("ip", "is required");
        }
        IpAddress ip = IpAddress.tryParse(ipText).orElseThrow(() -> ApiProblem.invalid("ip", "is not an IP address"));
        Optional<GeoLookup> found;
        try {
            found = geo.lookup(ip, tenant);
        } catch (GeoException e) {
            throw new IllegalStateException("IP lookup failed: " + e.getMessage(), e);
        }
        AccessCheckResult r = found.isEmpty() ? unavailable(ip, customer) : decide(caller, found.get(), customer);
        counters.get(r.action()).increment();
        return r;
    }

    private AccessCheckResult unavailable(IpAddress ip, @Nullable UUID customer) {
        return new AccessCheckResult(
                ip.toString(),
                AccessAction.CHALLENGE,
                List.of("geolocation_unavailable"),
                null,
                null,
                List.of(),
                null,
                null,
                customer,
                geo.unavailableReason());
    }

    private AccessCheckResult decide(Caller caller, GeoLookup g, @Nullable UUID customer) {
        List<String> reasons = new ArrayList<>(4);
        AccessAction action = AccessAction.ALLOW;
        String detail = null;
        if (g.has(GeoFlag.PRIVATE)) {
            reasons.add("private_address");
            if (!properties.allowPrivate()) {
                action = AccessAction.CHALLENGE;
            }
            detail = "a private or reserved address cannot be located: "
                    + g.reserved().orElse("");
        }
        if (g.has(GeoFlag.EMBARGOED)) {
            reasons.add("embargoed");
            action = AccessAction.BLOCK;
            detail = g.rule()
                    .map(m -> "embargoed: " + m.rule().name() + " (" + m.id() + ")")
                    .orElse("embargoed");
        }
        if (g.has(GeoFlag.TOR)) {
            reasons.add("tor");
            action = max(action, AccessAction.CHALLENGE);
        }
        if (g.has(GeoFlag.HOSTING)) {
            reasons.add("hosting");
            if (properties.challengeHosting()) {
                action = max(action, AccessAction.CHALLENGE);
            }
        }
        if (g.has(GeoFlag.SPECIAL_MEASURE)) {
            reasons.add("special_measure");
            action = max(action, AccessAction.CHALLENGE);
        }
        if (g.has(GeoFlag.HIGH_RISK)) {
            reasons.add("high_risk");
            action = max(action, AccessAction.CHALLENGE);
        }
        if (g.has(GeoFlag.DATABASES_DISAGREE)) {
            reasons.add("databases_disagree");
        }
        if (!g.has(GeoFlag.PRIVATE)) {
            if (g.country().isEmpty()) {
                reasons.add("unknown_location");
                action = max(action, AccessAction.CHALLENGE);
            } else if (g.confidence() == Confidence.LOW) {
                reasons.add("low_confidence");
                action = max(action, AccessAction.CHALLENGE);
            }
        }
        if (customer != null && !g.country().isEmpty() && !g.has(GeoFlag.ANONYMISER)) {
            Set<String> declaredCountries = declared.get(caller, customer);
            if (!declaredCountries.isEmpty() && !declaredCountries.contains(g.country())) {
                reasons.add("country_mismatch"); // informative: travellers are normal, repeated mismatches alert
            }
        }
        return new AccessCheckResult(
                g.ip().toString(),
                action,
                List.copyOf(reasons),
                g.country().isEmpty() ? null : g.country(),
                g.region().isEmpty() ? null : g.region(),
                g.flags().stream().map(GeoFlag::code).toList(),
                g.rule().map(m -> m.id()).orElse(null),
                g.confidence().name().toLowerCase(Locale.ROOT),
                customer,
                detail);
    }

    private static AccessAction max(AccessAction a, AccessAction b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
