package org.tollgate.app.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.stereotype.Component;
import org.tollgate.app.alert.Alert;
import org.tollgate.app.alert.AlertStatus;
import org.tollgate.app.customer.Derived;
import org.tollgate.app.risk.RiskFactors;
import org.tollgate.app.risk.RiskPolicy;
import org.tollgate.app.risk.RiskSubject;

/**
 * What the access log contributes to a customer's risk, under the risk policy's {@code access_signals} and weights:
 *
 * <ul>
 *   <li>an embargoed location whose geo alert is open or confirmed prohibits (or, by policy, sends to review); an
 *       analyst who decides the alert a false positive clears it;
 *   <li>an open country-mismatch alert sends to review;
 *   <li>anonymiser use (Tor, hosting networks), impossible travel and repeated country mismatches within the lookback
 *       add their weights, each kind once; mismatches of a country an analyst cleared after its last signal do not;
 *   <li>the sign-up IP: an embargoed region the country list cannot see (Crimea is UA) prohibits; an anonymiser adds
 *       the anonymiser weight when the log has not already.
 * </ul>
 */
@Component
class AccessRiskFactors implements RiskFactors {
    private final AccessEventRepository events;
    private final Clock clock;

    AccessRiskFactors(AccessEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @Override
    public List<Factor> factors(RiskSubject subject, RiskPolicy policy) {
        RiskPolicy.AccessSignals rules = policy.access();
        Derived derived = subject.derived();
        List<Factor> out = new ArrayList<>();
        List<Alert> geo = subject.alerts().stream().filter(Alert::geo).toList();
        for (Alert a : geo) {
            String signal = signal(a);
            boolean standing = a.status().unresolved() || a.status() == AlertStatus.TRUE_MATCH;
            if (SignalKind.EMBARGOED_LOCATION.code().equals(signal) && standing) {
                out.add(new Factor(
                        "embargoed_ip_location",
                        a.entityName() + ", last " + evidence(a, "last_at") + " from " + evidence(a, "last_ip")
                                + " (alert " + a.id() + ", " + a.status().code() + ")",
                        0,
                        rules.embargoedProhibits() ? Effect.PROHIBIT : Effect.REVIEW));
            } else if (a.status().unresolved()) {
                out.add(new Factor(
                        "geo_alert",
                        "unresolved geo alert: " + a.entityName() + " (alert " + a.id() + ")",
                        0,
                        Effect.REVIEW));
            }
        }

        Instant from = clock.instant().minus(Duration.ofDays(rules.lookbackDays()));
        long anonymised = 0;
        long journeys = 0;
        Instant lastAnonymised = null;
        Instant lastJourney = null;
        TreeSet<String> mismatched = new TreeSet<>();
        // a customer created in this transaction has no events yet: an event must name an existing customer
        List<AccessEventRepository.SignalTally> tallies =
                subject.createdNow() ? List.of() : events.signalTally(subject.scope(), subject.customerId(), from);
        for (AccessEventRepository.SignalTally t : tallies) {
            switch (t.kind()) {
                case ANONYMISER -> {
                    anonymised += t.events();
                    lastAnonymised = later(lastAnonymised, t.last());
                }
                case IMPOSSIBLE_TRAVEL -> {
                    journeys += t.signals();
                    lastJourney = later(lastJourney, t.last());
                }
                case COUNTRY_MISMATCH -> {
                    if (!cleared(geo, t.country(), t.last())) {
                        mismatched.add(t.country());
                    }
                }
                case EMBARGOED_LOCATION -> {} // decided through its alert, above
            }
        }
        var signup = derived.signupIp();
        boolean signupAnonymised = signup != null && signup.flags().contains("anonymiser");
        if (anonymised > 0 || signupAnonymised) {
            int w = policy.weight("anonymiser_access");
            String detail = anonymised > 0
                    ? anonymised + " access event(s) through Tor or a hosting network (VPN, proxy, cloud machine) in"
                            + " the last " + rules.lookbackDays() + " days, the latest at " + lastAnonymised
                    : "signed up through Tor or a hosting network (VPN, proxy, cloud machine)";
            out.add(new Factor("anonymiser_access", detail, w, Effect.POINTS));
        }
        if (journeys > 0) {
            out.add(new Factor(
                    "impossible_travel",
                    journeys + " impossible journey(s) between two accesses in the last " + rules.lookbackDays()
                            + " days, the latest at " + lastJourney,
                    policy.weight("impossible_travel"),
                    Effect.POINTS));
        }
        if (!mismatched.isEmpty()) {
            out.add(new Factor(
                    "country_mismatch",
                    "repeated access from " + String.join(", ", mismatched)
                            + ", none of the customer's declared countries, in the last " + rules.lookbackDays()
                            + " days",
                    policy.weight("country_mismatch"),
                    Effect.POINTS));
        }
        if (signup != null
                && signup.flags().contains("embargoed")
                && !policy.embargoed().containsKey(signup.country())) {
            // an embargoed region of a country that is not embargoed as a whole: the country list cannot see it
            out.add(new Factor(
                    "embargoed_signup_ip",
                    "the sign-up IP is in an embargoed region: " + signup.rule() + " (" + signup.country() + ", "
                            + signup.region() + ")",
                    0,
                    rules.embargoedProhibits() ? Effect.PROHIBIT : Effect.REVIEW));
        }
        return out;
    }

    private static String signal(Alert a) {
        Map<String, Object> ev = a.evidence();
        return ev == null ? "" : String.valueOf(ev.get("signal"));
    }

    private static String evidence(Alert a, String key) {
        Map<String, Object> ev = a.evidence();
        return ev == null ? "" : String.valueOf(ev.get(key));
    }

    /** Whether an analyst decided a mismatch alert of this country a false positive after its last signal. */
    private static boolean cleared(List<Alert> geo, String country, Instant lastSignal) {
        return geo.stream()
                .anyMatch(a -> SignalKind.COUNTRY_MISMATCH.code().equals(signal(a))
                        && country.equals(evidence(a, "country"))
                        && a.status() == AlertStatus.FALSE_POSITIVE
                        && a.decidedAt() != null
                        && !a.decidedAt().isBefore(lastSignal));
    }

    private static Instant later(Instant a, Instant b) {
        return a == null || b.isAfter(a) ? b : a;
    }
}
