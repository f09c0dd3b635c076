package org.tollgate.app.customer;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tollgate.app.access.AccessLogService;
import org.tollgate.app.alert.Alert;
import org.tollgate.app.alert.AlertService;
import org.tollgate.app.allowlist.AllowListService;
import org.tollgate.app.audit.AuditLog;
import org.tollgate.app.auth.Caller;
import org.tollgate.app.retention.AccountClosing;
import org.tollgate.app.risk.RiskAssessment;
import org.tollgate.app.risk.RiskService;
import org.tollgate.app.risk.RiskSubject;
import org.tollgate.app.screening.ScreeningService;
import org.tollgate.app.screening.ScreeningSubject;
import org.tollgate.app.screening.SubjectScreening;
import org.tollgate.app.tenant.TenantScope;
import org.tollgate.app.web.ApiProblem;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Customers: create, change (every change a new version), read. Each create and each change of a screened field
 * screens the customer, its other names, every beneficial owner and the control person, raises alerts, and assesses
 * the risk — all in one transaction with the audit records.
 */
@Service
public class CustomerService {
    private final CustomerRepository customers;
    private final ScreeningService screening;
    private final AlertService alerts;
    private final RiskService risk;
    private final AllowListService allowList;
    private final AuditLog audit;
    private final JsonMapper json;
    private final Validator validator;
    private final Clock clock;
    private final ObjectProvider<SignupIpGeolocator> signupGeo;
    private final ObjectProvider<AccessLogService> accessLog;

    CustomerService(
            CustomerRepository customers,
            ScreeningService screening,
            AlertService alerts,
            RiskService risk,
            AllowListService allowList,
            AuditLog audit,
            JsonMapper json,
            Validator validator,
            Clock clock,
            ObjectProvider<SignupIpGeolocator> signupGeo,
            ObjectProvider<AccessLogService> accessLog) {
        this.signupGeo = signupGeo;
        this.accessLog = accessLog;
        this.customers = customers;
        this.screening = screening;
        this.alerts = alerts;
        this.risk = risk;
        this.allowList = allowList;
        this.audit = audit;
        this.json = json;
        this.validator = validator;
        this.clock = clock;
    }

    @Transactional
    public CustomerView create(Caller caller, TenantScope scope, CustomerData input) {
        CustomerValidation.Checked checked = CustomerValidation.check(input, locator(caller.tenantId()));
        Instant now = now();
        UUID id = UUID.randomUUID();
        UUID tenant = caller.tenantId();
        List<ScreeningSubject> subjects = subjects(checked.data());
        CustomerVersion v =
                new CustomerVersion(id, 1, checked.data(), checked.derived(), hash(subjects), now, caller.actor());
        customers.insert(new CustomerRecord(id, tenant, checked.data().type(), 1, now, caller.actor(), now));
        customers.insertVersion(tenant, v);
        audit.append(caller.audit(
                tenant,
                "customer.created",
                "customer",
                id,
                Map.of("version", 1, "type", checked.data().type().code())));
        return process(caller, scope, tenant, now, v, subjects, true, true);
    }

    /** Replaces the data (PUT): a new version. */
    @Transactional
    public CustomerView replace(Caller caller, TenantScope scope, UUID id, CustomerData input) {
        CustomerRecord c = customers.lock(scope, id).orElseThrow(() -> ApiProblem.notFound("customer", id));
        return newVersion(caller, scope, c, input);
    }

    /** Applies a JSON merge patch (RFC 7396) to the current data: a new version. */
    @Transactional
    public CustomerView patch(Caller caller, TenantScope scope, UUID id, JsonNode patch) {
        CustomerRecord c = customers.lock(scope, id).orElseThrow(() -> ApiProblem.notFound("customer", id));
        if (!patch.isObject()) {
            throw ApiProblem.invalid("body", "a JSON merge patch is an object");
        }
        CustomerVersion current =
                customers.version(scope, id, c.currentVersion()).orElseThrow(() -> AccountClosing.gone(id));
        JsonNode merged = merge(json.valueToTree(current.data()), patch);
        CustomerData data;
        try {
            data = json.treeToValue(merged, CustomerData.class);
        } catch (tools.jackson.core.JacksonException e) {
            throw ApiProblem.invalid("body", "the patched customer cannot be read: " + e.getOriginalMessage());
        }
        Set<ConstraintViolation<CustomerData>> violations = validator.validate(data);
        if (!violations.isEmpty()) {
            List<ApiProblem.FieldError> errors = violations.stream()
                    .map(v ->
                            new ApiProblem.FieldError(snake(v.getPropertyPath().toString()), v.getMessage()))
                    .sorted(Comparator.comparing(ApiProblem.FieldError::field))
                    .toList();
            throw new ApiProblem(
                    HttpStatus.BAD_REQUEST,
                    "invalid-request",
                    "Invalid request",
                    errors.size() + " field(s) are invalid",
                    errors);
        }
        return newVersion(caller, scope, c, data);
    }

    /** Screens the current version again (e.g. after a list update), without a new version. */
    @Transactional
    public CustomerView rescreen(Caller caller, TenantScope scope, UUID id) {
        CustomerRecord c = customers.lock(scope, id).orElseThrow(() -> ApiProblem.notFound("customer", id));
        CustomerVersion v = customers.version(scope, id, c.currentVersion()).orElseThrow(() -> AccountClosing.gone(id));
        audit.append(caller.audit(c.tenantId(), "customer.rescreened", "customer", id, Map.of("version", v.version())));
        return process(caller, scope, c.tenantId(), c.createdAt(), v, subjects(v.data()), true, false);
    }

    public CustomerView get(TenantScope scope, UUID id) {
        CustomerRecord c = customers.find(scope, id).orElseThrow(() -> ApiProblem.notFound("customer", id));
        CustomerVersion v = customers.version(scope, id, c.currentVersion()).orElseThrow(() -> AccountClosing.gone(id));
        RiskAssessment r = risk.current(scope, id);
        CustomerView view = view(c.tenantId(), c.createdAt(), v, r, alerts.forCustomer(scope, id), false, List.of());
        AccessLogService log = accessLog.getIfAvailable();
        return log == null ? view : view.withIpHistory(log.summary(scope, id));
    }

    /** The sign-up IP's geolocation under the tenant's policy, when the access feature provides one. */
    private CustomerValidation.@Nullable SignupLocator locator(UUID tenant) {
        SignupIpGeolocator g = signupGeo.getIfAvailable();
        return g == null ? null : (ip, at) -> g.locate(tenant, ip, at);
    }

    public List<CustomerVersion> versions(TenantScope scope, UUID id) {
        customers.find(scope, id).orElseThrow(() -> ApiProblem.notFound("customer", id));
        return customers.versions(scope, id);
    }

    public List<CustomerRecord> list(TenantScope scope, int limit) {
        return customers.list(scope, limit);
    }

    public RiskAssessment risk(TenantScope scope, UUID id) {
        customers.find(scope, id).orElseThrow(() -> ApiProblem.notFound("customer", id));
        return risk.current(scope, id);
    }

    private CustomerView newVersion(Caller caller, TenantScope scope, CustomerRecord c, CustomerData input) {
        if (input.type() != c.type()) {
            throw ApiProblem.invalid(
                    "type",
                    "cannot change from " + c.type().code() + " to "
                            + input.type().code());
        }
        CustomerValidation.Checked checked = CustomerValidation.check(input, locator(c.tenantId()));
        CustomerVersion previous =
                customers.version(scope, c.id(), c.currentVersion()).orElseThrow(() -> AccountClosing.gone(c.id()));
        List<ScreeningSubject> subjects = subjects(checked.data());
        String hash = hash(subjects);
        int version = c.currentVersion() + 1;
        Instant now = now();
        CustomerVersion v =
                new CustomerVersion(c.id(), version, checked.data(), checked.derived(), hash, now, caller.actor());
        customers.insertVersion(c.tenantId(), v);
        customers.setCurrent(c.tenantId(), c.id(), version, now);
        boolean screenedChanged = !hash.equals(previous.screenedHash());
        audit.append(caller.audit(
                c.tenantId(),
                "customer.updated",
                "customer",
                c.id(),
                Map.of("version", version, "screened_fields_changed", screenedChanged)));
        if (screenedChanged) {
            allowList.reopenForCustomer(scope, c.id(), version, caller.actor());
        }
        return process(caller, scope, c.tenantId(), c.createdAt(), v, subjects, screenedChanged, false);
    }

    /**
     * Screens (when {@code screen}), raises alerts, assesses the risk and builds the answer. The customer's alerts are
     * read once and handed on to the risk assessment and the answer; a customer created in this transaction has none
     * to read.
     */
    private CustomerView process(
            Caller caller,
            TenantScope scope,
            UUID tenant,
            Instant customerCreatedAt,
            CustomerVersion v,
            List<ScreeningSubject> subjects,
            boolean screen,
            boolean created) {
        UUID id = v.customerId();
        List<Alert> current = created ? List.of() : alerts.forCustomer(scope, id);
        List<SubjectScreening> results = List.of();
        if (screen) {
            results = screening.screenCustomer(
                    tenant,
                    id,
                    v.version(),
                    subjects,
                    caller.actor(),
                    (customer, entity) -> allowList.clears(scope, customer, entity));
            List<Alert> raised = alerts.raise(scope, tenant, id, results, current, caller.actor());
            if (!raised.isEmpty()) {
                List<Alert> all = new ArrayList<>(raised);
                all.addAll(current);
                all.sort(Alert.NEWEST_FIRST);
                current = all;
            }
        }
        RiskAssessment r = risk.assess(
                new RiskSubject(scope, tenant, id, v.version(), v.data(), v.derived(), current, created),
                caller.actor());
        return view(tenant, customerCreatedAt, v, r, current, screen, results);
    }

    private CustomerView view(
            UUID tenant,
            Instant customerCreatedAt,
            CustomerVersion v,
            RiskAssessment r,
            List<Alert> customerAlerts,
            boolean screenedNow,
            List<SubjectScreening> results) {
        return new CustomerView(
                v.customerId(),
                tenant,
                v.version(),
                customerCreatedAt,
                v.createdAt(),
                r.decision(),
                r,
                customerAlerts,
                v.data(),
                v.derived(),
                new CustomerView.Screening(
                        screenedNow,
                        screenedNow ? results.size() : subjects(v.data()).size(),
                        results.stream().mapToInt(s -> s.hits().size()).sum(),
                        results.stream().mapToInt(s -> s.suppressed().size()).sum(),
                        screening.snapshotHashes(),
                        screening.engineVersion()),
                null);
    }

    /** The names to screen: the customer, its other names, each beneficial owner and the control person. */
    public static List<ScreeningSubject> subjects(CustomerData d) {
        List<ScreeningSubject> out = new ArrayList<>();
        boolean org = d.type() == CustomerType.ORGANIZATION;
        String type = org ? "organization" : "person";
        String country = d.nationality() != null
                ? d.nationality()
                : d.addresses().isEmpty() ? null : d.addresses().get(0).country();
        String birth = d.birthDate() == null ? null : d.birthDate().toString();
        out.add(new ScreeningSubject("customer", d.name(), type, birth, country));
        for (int i = 0; i < d.otherNames().size(); i++) {
            out.add(new ScreeningSubject("other_name:" + i, d.otherNames().get(i), type, birth, country));
        }
        for (int i = 0; i < d.beneficialOwners().size(); i++) {
            CustomerData.BeneficialOwner o = d.beneficialOwners().get(i);
            out.add(new ScreeningSubject(
                    "beneficial_owner:" + i,
                    o.name(),
                    "person",
                    o.birthDate() == null ? null : o.birthDate().toString(),
                    o.nationality()));
        }
        if (d.controlPerson() != null) {
            CustomerData.Person p = d.controlPerson();
            out.add(new ScreeningSubject(
                    "control_person",
                    p.name(),
                    "person",
                    p.birthDate() == null ? null : p.birthDate().toString(),
                    p.nationality()));
        }
        return out;
    }

    private String hash(List<ScreeningSubject> subjects) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(json.writeValueAsString(subjects).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** RFC 7396: objects merge member by member, null removes, anything else replaces. */
    static JsonNode merge(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode out = target.isObject()
                ? ((ObjectNode) target).deepCopy()
                : tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, JsonNode> e : patch.properties()) {
            if (e.getValue().isNull()) {
                out.remove(e.getKey());
            } else {
                JsonNode cur = out.get(e.getKey());
                out.set(e.getKey(), merge(cur == null ? json0() : cur, e.getValue()));
            }
        }
        return out;
    }

    private static JsonNode json0() {
        return tools.jackson.databind.node.JsonNodeFactory.instance.nullNode();
    }

    /** {@code beneficialOwners[0].ownershipPercent} -> {@code beneficial_owners[0].ownership_percent}. */
    static String snake(String path) {
        return path.replaceAll("<[^>]*>", "")
                .replaceAll("([a-z0-9])([A-Z])", "$1_$2")
                .toLowerCase(java.util.Locale.ROOT);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
