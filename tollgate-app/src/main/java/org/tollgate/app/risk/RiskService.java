package org.tollgate.app.risk;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.tollgate.app.alert.Alert;
import org.tollgate.app.alert.AlertDecided;
import org.tollgate.app.alert.AlertRepository;
import org.tollgate.app.alert.AlertStatus;
import org.tollgate.app.audit.AuditEntry;
import org.tollgate.app.audit.AuditLog;
import org.tollgate.app.customer.CustomerData;
import org.tollgate.app.customer.CustomerRecord;
import org.tollgate.app.customer.CustomerRepository;
import org.tollgate.app.customer.CustomerType;
import org.tollgate.app.customer.CustomerVersion;
import org.tollgate.app.customer.Derived;
import org.tollgate.app.screening.ScreeningService;
import org.tollgate.app.tenant.TenantScope;
import org.tollgate.app.web.ApiProblem;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The customer's risk tier and decision under the {@link RiskPolicy}: screening alerts (unresolved → review,
 * confirmed true match → reject), embargoed countries and regions (prohibited → reject), high-risk countries of
 * addresses, nationality, phone, payment, sign-up IP, documents and beneficial owners, foreign status, verification,
 * payment means and opaque ownership. Assessed on every new version and after every alert decision; each assessment
 * is stored with the policy version.
 */
@Service
public class RiskService {
    private static final TypeReference<List<RiskAssessment.Reason>> REASONS = new TypeReference<>() {};

    private final RiskPolicy policy;
    private final AlertRepository alerts;
    private final CustomerRepository customers;
    private final ScreeningService screening;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final AuditLog audit;
    private final Clock clock;
    private final ObjectProvider<RiskFactors> factorSources;
    private volatile @Nullable List<RiskFactors> sources;

    RiskService(
            @Value("${tollgate.risk.policy:}") String policyPath,
            AlertRepository alerts,
            CustomerRepository customers,
            ScreeningService screening,
            JdbcClient jdbc,
            JsonMapper json,
            AuditLog audit,
            Clock clock,
            ObjectProvider<RiskFactors> factorSources) {
        this.factorSources = factorSources;
        this.policy = RiskPolicy.load(policyPath);
        this.alerts = alerts;
        this.customers = customers;
        this.screening = screening;
        this.jdbc = jdbc;
        this.json = json;
        this.audit = audit;
        this.clock = clock;
    }

    /** The other features' factor sources, looked up once (the lookup is costly and the beans are fixed). */
    private List<RiskFactors> factorSources() {
        List<RiskFactors> s = sources;
        if (s == null) {
            s = factorSources.orderedStream().toList();
            sources = s;
        }
        return s;
    }

    public RiskPolicy policy() {
        return policy;
    }

    /** The assessment in force for a customer (404 outside the scope or before any). */
    public RiskAssessment current(TenantScope scope, UUID customerId) {
        return jdbc.sql("SELECT id, customer_id, customer_version, policy_version, tier, score, decision, edd,"
                        + " reasons::text AS reasons, assessed_at FROM risk_assessment"
                        + " WHERE customer_id = :c AND tenant_id = ANY(:visible) ORDER BY assessed_at DESC, id"
                        + " LIMIT 1")
                .param("c", customerId)
                .param("visible", scope.ids())
                .query((rs, n) -> new RiskAssessment(
                        rs.getObject("id", UUID.class),
                        rs.getObject("customer_id", UUID.class),
                        rs.getInt("customer_version"),
                        rs.getString("policy_version"),
                        RiskAssessment.Tier.valueOf(rs.getString("tier").toUpperCase(Locale.ROOT)),
                        rs.getInt("score"),
                        RiskAssessment.Decision.valueOf(rs.getString("decision").toUpperCase(Locale.ROOT)),
                        rs.getBoolean("edd"),
                        json.readValue(rs.getString("reasons"), REASONS),
                        rs.getObject("assessed_at", OffsetDateTime.class).toInstant()))
                .optional()
                .orElseThrow(() -> ApiProblem.notFound("risk assessment of customer", customerId));
    }

    /** Re-assesses after an alert decision, in the decision's transaction. */
    @EventListener
    public void onAlertDecided(AlertDecided e) {
        CustomerRecord c = customers.find(e.scope(), e.customerId()).orElseThrow();
        CustomerVersion v =
                customers.version(e.scope(), c.id(), c.currentVersion()).orElseThrow();
        assess(e.scope(), c.tenantId(), c.id(), v.version(), v.data(), v.derived(), e.actor());
    }

    /**
     * Re-assesses the customer's current version (after a new fact such as an access-log signal), in the caller's
     * transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public RiskAssessment reassess(TenantScope scope, UUID customerId, String actor) {
        CustomerRecord c = customers.find(scope, customerId).orElseThrow();
        CustomerVersion v = customers.version(scope, c.id(), c.currentVersion()).orElseThrow();
        return assess(scope, c.tenantId(), c.id(), v.version(), v.data(), v.derived(), actor);
    }

    /**
     * Assesses one customer version, stores and audits the assessment (in the caller's transaction), reading the
     * customer's alerts first.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public RiskAssessment assess(
            TenantScope scope,
            UUID tenantId,
            UUID customerId,
            int version,
            CustomerData d,
            Derived derived,
            String actor) {
        return assess(
                new RiskSubject(
                        scope, tenantId, customerId, version, d, derived, alerts.forCustomer(scope, customerId), false),
                actor);
    }

    /** Assesses one customer version whose alerts the caller holds, stores and audits the assessment. */
    @Transactional(propagation = Propagation.MANDATORY)
    public RiskAssessment assess(RiskSubject subject, String actor) {
        TenantScope scope = subject.scope();
        UUID tenantId = subject.tenantId();
        UUID customerId = subject.customerId();
        int version = subject.version();
        CustomerData d = subject.data();
        Derived derived = subject.derived();
        List<RiskAssessment.Reason> reasons = new ArrayList<>();
        boolean prohibited = false;
        boolean reject = false;
        boolean review = false;

        // screening (geo alerts are the access log's, contributed below through RiskFactors)
        List<Alert> all = subject.alerts().stream().filter(a -> !a.geo()).toList();
        List<Alert> confirmed =
                all.stream().filter(a -> a.status() == AlertStatus.TRUE_MATCH).toList();
        List<Alert> unresolved =
                all.stream().filter(a -> a.status().unresolved()).toList();
        for (Alert a : confirmed) {
            reject = true;
            reasons.add(new RiskAssessment.Reason(
                    "confirmed_match",
                    a.subjectName() + " is " + a.entityName() + " (" + a.entityId() + "), confirmed true match",
                    0));
        }
        if (!unresolved.isEmpty()) {
            review = true;
            reasons.add(new RiskAssessment.Reason(
                    "screening_alert",
                    unresolved.size() + " unresolved screening alert(s): "
                            + String.join(
                                    ", ",
                                    unresolved.stream()
                                            .map(a -> a.subjectName() + " ~ " + a.entityName() + " (" + a.entityId()
                                                    + ")")
                                            .toList()),
                    0));
        }
        if (!screening.listsInForce()) {
            review = true;
            reasons.add(new RiskAssessment.Reason(
                    "no_lists_in_force", "no screening list is loaded: the screening proves nothing", 0));
        }

        // countries
        Map<String, Set<String>> countries = countries(d, derived);
        int score = 0;
        for (Map.Entry<String, Set<String>> c : countries.entrySet()) {
            String code = c.getKey();
            String where = String.join(", ", c.getValue());
            if (policy.embargoed().containsKey(code)) {
                prohibited = true;
                reasons.add(new RiskAssessment.Reason(
                        "embargoed_jurisdiction",
                        policy.embargoed().get(code) + " (" + code + ", embargoed): " + where,
                        0));
            } else if (policy.highRisk().contains(code)) {
                int w = policy.weight("high_risk_country");
                score += w;
                reasons.add(new RiskAssessment.Reason("high_risk_country", code + " (high risk): " + where, w));
            }
        }
        for (RegionHit r : regions(d)) {
            if (r.region().prohibit()) {
                prohibited = true;
                reasons.add(new RiskAssessment.Reason(
                        "embargoed_region",
                        r.where() + " names '" + r.term() + "' in " + r.region().name() + " (embargoed)",
                        0));
            } else {
                review = true;
                reasons.add(new RiskAssessment.Reason(
                        "possibly_embargoed_region",
                        r.where() + " names '" + r.term() + "', possibly in "
                                + r.region().name() + "; check whether the place lies in the sanctioned area",
                        0));
            }
        }
        if (derived.phoneCountry() != null
                && !countries.getOrDefault(derived.phoneCountry(), Set.of()).stream()
                        .anyMatch(w -> !w.equals("phone"))) {
            int w = policy.weight("phone_country_mismatch");
            score += w;
            reasons.add(new RiskAssessment.Reason(
                    "phone_country_mismatch",
                    "the phone's country " + derived.phoneCountry() + " is none of the customer's other countries",
                    w));
        }

        // foreign status and verification
        boolean foreign = derived.verificationRequired();
        if (!derived.foreign().usPerson()) {
            int w = policy.weight("foreign");
            score += w;
            reasons.add(new RiskAssessment.Reason(
                    "foreign_person",
                    "foreign person: " + String.join("; ", derived.foreign().evidence()),
                    w));
        }
        CustomerData.Verification ver = d.verificationOrDefault();
        switch (ver.status()) {
            case UNVERIFIED -> {
                if (foreign) {
                    int w = policy.weight("unverified");
                    score += w;
                    reasons.add(new RiskAssessment.Reason(
                            "unverified", "identity not verified (required for a foreign customer or owner)", w));
                }
            }
            case PENDING -> {
                int w = policy.weight("verification_pending");
                score += w;
                reasons.add(new RiskAssessment.Reason("verification_pending", "identity verification pending", w));
            }
            case FAILED -> {
                int w = policy.weight("verification_failed");
                score += w;
                review = true;
                reasons.add(new RiskAssessment.Reason(
                        "verification_failed",
                        "identity verification failed"
                                + (ver.failureResolution() == null ? "" : " (" + ver.failureResolution() + ")"),
                        w));
            }
            case VERIFIED -> {}
        }
        // each beneficial owner's own verification, where given (otherwise the customer's above covers it)
        for (Derived.OwnerDetermination o : derived.owners()) {
            CustomerData.Verification ov = o.index() < d.beneficialOwners().size()
                    ? d.beneficialOwners().get(o.index()).verification()
                    : null;
            if (ov == null) {
                continue;
            }
            String who = "beneficial owner " + o.name();
            switch (ov.status()) {
                case UNVERIFIED -> {
                    if (!"us_person".equals(o.status())) {
                        int w = policy.weight("unverified");
                        score += w;
                        reasons.add(new RiskAssessment.Reason(
                                "owner_unverified", who + ": identity not verified (a foreign owner)", w));
                    }
                }
                case PENDING -> {
                    int w = policy.weight("verification_pending");
                    score += w;
                    reasons.add(new RiskAssessment.Reason(
                            "owner_verification_pending", who + ": identity verification pending", w));
                }
                case FAILED -> {
                    int w = policy.weight("verification_failed");
                    score += w;
                    review = true;
                    reasons.add(new RiskAssessment.Reason(
                            "owner_verification_failed",
                            who + ": identity verification failed"
                                    + (ov.failureResolution() == null ? "" : " (" + ov.failureResolution() + ")"),
                            w));
                }
                case VERIFIED -> {}
            }
        }

        // payment
        if (d.paymentMeans().isEmpty()) {
            int w = policy.weight("no_payment_means");
            score += w;
            reasons.add(new RiskAssessment.Reason("no_payment_means", "no means of payment given", w));
        }
        long anonymous = d.paymentMeans().stream()
                .filter(p -> p.kind() == CustomerData.PaymentKind.DIGITAL_CURRENCY)
                .count();
        if (anonymous > 0) {
            int w = policy.weight("anonymous_payment");
            score += w;
            reasons.add(new RiskAssessment.Reason(
                    "anonymous_payment", "pays with a digital-currency wallet (anonymous means)", w));
        }

        // ownership
        if (d.type() == CustomerType.ORGANIZATION) {
            if (d.beneficialOwners().isEmpty()) {
                int w = policy.weight("opaque_ownership");
                score += w;
                reasons.add(
                        new RiskAssessment.Reason("opaque_ownership", "an organization naming no beneficial owner", w));
            }
            if (d.controlPerson() == null) {
                int w = policy.weight("no_control_person");
                score += w;
                reasons.add(
                        new RiskAssessment.Reason("no_control_person", "an organization naming no control person", w));
            }
        }

        // factors of other features (the access log's geo signals)
        for (RiskFactors source : factorSources()) {
            for (RiskFactors.Factor f : source.factors(subject, policy)) {
                score += f.points();
                prohibited |= f.effect() == RiskFactors.Effect.PROHIBIT;
                review |= f.effect() == RiskFactors.Effect.REVIEW;
                reasons.add(new RiskAssessment.Reason(f.code(), f.detail(), f.points()));
            }
        }

        RiskAssessment.Tier tier = prohibited || !confirmed.isEmpty()
                ? RiskAssessment.Tier.PROHIBITED
                : score >= policy.highFrom()
                        ? RiskAssessment.Tier.HIGH
                        : score >= policy.mediumFrom() ? RiskAssessment.Tier.MEDIUM : RiskAssessment.Tier.LOW;
        RiskAssessment.Decision decision = prohibited || reject
                ? RiskAssessment.Decision.REJECT
                : review || tier == RiskAssessment.Tier.HIGH
                        ? RiskAssessment.Decision.REVIEW
                        : RiskAssessment.Decision.APPROVE;
        boolean edd = tier == RiskAssessment.Tier.HIGH;
        if (edd) {
            reasons.add(new RiskAssessment.Reason(
                    "enhanced_due_diligence", "high risk: an enhanced due diligence case is opened", 0));
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        RiskAssessment a = new RiskAssessment(
                UUID.randomUUID(), customerId, version, policy.version(), tier, score, decision, edd, reasons, now);
        jdbc.sql("INSERT INTO risk_assessment (id, tenant_id, customer_id, customer_version, policy_version, tier,"
                        + " score, decision, edd, reasons, assessed_at, assessed_by) VALUES (:id, :tenant, :c, :v,"
                        + " :policy, :tier, :score, :decision, :edd, CAST(:reasons AS jsonb), :at, :by)")
                .param("id", a.id())
                .param("tenant", tenantId)
                .param("c", customerId)
                .param("v", version)
                .param("policy", policy.version())
                .param("tier", tier.name().toLowerCase(Locale.ROOT))
                .param("score", score)
                .param("decision", decision.name().toLowerCase(Locale.ROOT))
                .param("edd", edd)
                .param("reasons", json.writeValueAsString(reasons))
                .param("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .param("by", actor)
                .update();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("customer_version", version);
        details.put("policy_version", policy.version());
        details.put("tier", tier.name().toLowerCase(Locale.ROOT));
        details.put("decision", decision.name().toLowerCase(Locale.ROOT));
        details.put("score", score);
        details.put("reasons", reasons.stream().map(RiskAssessment.Reason::code).toList());
        audit.append(new AuditEntry(tenantId, actor, "risk.assessed", "customer", customerId.toString(), details));
        return a;
    }

    /** Every country linked to the customer (alpha-2) and where it appears. */
    private static Map<String, Set<String>> countries(CustomerData d, Derived derived) {
        Map<String, Set<String>> m = new LinkedHashMap<>();
        add(m, d.nationality(), d.type() == CustomerType.ORGANIZATION ? "country of incorporation" : "nationality");
        for (int i = 0; i < d.addresses().size(); i++) {
            add(m, d.addresses().get(i).country(), "addresses[" + i + "]");
        }
        add(m, derived.phoneCountry(), "phone");
        for (int i = 0; i < d.paymentMeans().size(); i++) {
            add(m, d.paymentMeans().get(i).country(), "payment_means[" + i + "]");
        }
        add(m, d.signupIpCountry(), "sign-up IP");
        for (int i = 0; i < d.identityDocuments().size(); i++) {
            add(m, d.identityDocuments().get(i).issuingCountry(), "identity_documents[" + i + "]");
        }
        for (int i = 0; i < d.beneficialOwners().size(); i++) {
            CustomerData.BeneficialOwner o = d.beneficialOwners().get(i);
            add(m, o.nationality(), "beneficial_owners[" + i + "].nationality");
            for (int j = 0; j < o.addresses().size(); j++) {
                add(m, o.addresses().get(j).country(), "beneficial_owners[" + i + "].addresses[" + j + "]");
            }
        }
        if (d.controlPerson() != null) {
            add(m, d.controlPerson().nationality(), "control_person.nationality");
        }
        return m;
    }

    private static void add(Map<String, Set<String>> m, @Nullable String country, String where) {
        if (country != null) {
            m.computeIfAbsent(country, k -> new LinkedHashSet<>()).add(where);
        }
    }

    private record RegionHit(RiskPolicy.Region region, String term, String where) {}

    /** Place names of embargoed regions in address text, whatever the country field says. */
    private List<RegionHit> regions(CustomerData d) {
        List<RegionHit> hits = new ArrayList<>();
        for (int i = 0; i < d.addresses().size(); i++) {
            region(d.addresses().get(i), "addresses[" + i + "]").ifPresent(hits::add);
        }
        for (int i = 0; i < d.beneficialOwners().size(); i++) {
            List<CustomerData.Address> as = d.beneficialOwners().get(i).addresses();
            for (int j = 0; j < as.size(); j++) {
                region(as.get(j), "beneficial_owners[" + i + "].addresses[" + j + "]")
                        .ifPresent(hits::add);
            }
        }
        return hits;
    }

    private Optional<RegionHit> region(CustomerData.Address a, String where) {
        String text = " "
                + String.join(
                                " ",
                                a.line1(),
                                a.line2() == null ? "" : a.line2(),
                                a.city() == null ? "" : a.city(),
                                a.region() == null ? "" : a.region())
                        .toLowerCase(Locale.ROOT)
                        .replaceAll("[^\\p{L}\\p{N}']+", " ")
                + " ";
        for (RiskPolicy.Region r : policy.regions()) {
            for (String term : r.terms()) {
                if (text.contains(" " + term + " ")) {
                    return Optional.of(new RegionHit(r, term, where));
                }
            }
        }
        return Optional.empty();
    }
}
