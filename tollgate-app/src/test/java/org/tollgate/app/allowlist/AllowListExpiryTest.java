package org.tollgate.app.allowlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tollgate.app.allowlist.AllowListFixture.assertInvalid;
import static org.tollgate.app.allowlist.AllowListFixture.openAlerts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import org.tollgate.app.alert.AlertRepository;
import org.tollgate.app.audit.AuditLog;
import org.tollgate.app.auth.Caller;
import org.tollgate.app.auth.Role;
import org.tollgate.app.customer.CustomerRepository;
import org.tollgate.app.support.Http;
import org.tollgate.app.support.ServiceTest;
import org.tollgate.app.tenant.TenantKind;
import org.tollgate.app.tenant.TenantScope;
import tools.jackson.databind.JsonNode;

/**
 * Changing an allow-list entry's expiry ({@code POST /api/v1/allow-list/{id}/expiry}): under the four-eyes rule an
 * extension of an active entry is pending until a second analyst confirms it; a shorter expiry applies at once.
 */
class AllowListExpiryTest extends ServiceTest {
    @Autowired
    AlertRepository alertRepository;

    @Autowired
    CustomerRepository customers;

    @Autowired
    AuditLog audit;

    @Autowired
    Clock clock;

    @Autowired
    TransactionTemplate tx;

    private UUID reseller;
    private String analyst1;
    private String analyst2;
    private AllowListFixture fixture;

    @BeforeEach
    void tenant() {
        requireLists();
        reseller = newReseller(unique("allow-expiry"));
        analyst1 = newKey(reseller, "analyst");
        analyst2 = newKey(reseller, "analyst");
        fixture = new AllowListFixture(http(), analyst1, analyst2);
    }

    @Test
    void anExtensionIsPendingUntilAnAnalystOtherThanTheExtenderConfirmsIt() {
        String customer = fixture.falsePositive();
        Instant soon = inDays(10);
        Instant later = inDays(60);
        JsonNode entry = fixture.active(customer, soon.toString());
        String id = entry.get("id").asString();
        String proposer = entry.get("approved_by").asString();
        String confirmer = entry.get("confirmed_by").asString();
        assertThat(fixture.screen(customer).get("screening").get("suppressed").asInt())
                .isEqualTo(1);

        // the analyst who confirmed the entry extends it: back to pending, clearing nothing meanwhile
        Http.Response r = changeExpiry(id, analyst2, later.toString(), "relationship renewed for a year");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("status").asString()).isEqualTo("pending");
        assertThat(Instant.parse(r.json().get("expires_at").asString())).isEqualTo(later);
        assertThat(r.json().get("proposed_by").asString()).isEqualTo(confirmer);
        assertThat(r.json().get("expiry_changed_by").asString()).isEqualTo(confirmer);
        assertThat(r.json().get("expiry_change_reason").asString()).isEqualTo("relationship renewed for a year");
        JsonNode pending = fixture.screen(customer);
        assertThat(pending.get("screening").get("suppressed").asInt()).isZero();
        assertThat(openAlerts(pending)).isEqualTo(1);

        // the extender cannot confirm it; the original proposer, a different analyst, can
        String confirm = "/api/v1/allow-list/" + id + "/confirm";
        Http.Response own = http().post(confirm, analyst2, "");
        assertThat(own.status()).as(own.body()).isEqualTo(403);
        assertThat(own.body()).contains("four-eyes");
        Http.Response ok = http().post(confirm, analyst1, "");
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        assertThat(ok.json().get("status").asString()).isEqualTo("active");
        assertThat(ok.json().get("confirmed_by").asString()).isEqualTo(proposer);
        assertThat(Instant.parse(ok.json().get("expires_at").asString())).isEqualTo(later);

        fixture.decideFalsePositive(pending.get("alerts"));
        JsonNode after = fixture.screen(customer);
        assertThat(after.get("screening").get("suppressed").asInt()).isEqualTo(1);
        assertThat(openAlerts(after)).isZero();

        List<JsonNode> changes = fixture.audit(providerKey(), id, "allow_list.expiry_changed");
        assertThat(changes).hasSize(1);
        JsonNode details = changes.get(0).get("details");
        assertThat(changes.get(0).get("actor").asString()).isEqualTo(confirmer);
        assertThat(details.get("change").asString()).isEqualTo("extended");
        assertThat(Instant.parse(details.get("previous_expires_at").asString())).isEqualTo(soon);
        assertThat(Instant.parse(details.get("expires_at").asString())).isEqualTo(later);
        assertThat(details.get("status").asString()).isEqualTo("pending");
        assertThat(details.get("reason").asString()).isEqualTo("relationship renewed for a year");
        assertThat(fixture.audit(providerKey(), id, "allow_list.confirmed")).hasSize(2);
    }

    @Test
    void aShorterExpiryTakesEffectAtOnce() {
        String customer = fixture.falsePositive();
        String id = fixture.active(customer, inDays(30).toString()).get("id").asString();
        Instant shorter = inDays(2);

        Http.Response r = changeExpiry(id, analyst1, shorter.toString(), "review due sooner");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("status").asString()).isEqualTo("active");
        assertThat(Instant.parse(r.json().get("expires_at").asString())).isEqualTo(shorter);
        assertThat(fixture.screen(customer).get("screening").get("suppressed").asInt())
                .isEqualTo(1);

        // three days on, the entry no longer clears the pair (the old expiry would still have)
        UUID c = UUID.fromString(customer);
        assertThat(at(Duration.ofDays(1)).clears(scope(), c, AllowListFixture.ENTITY))
                .isTrue();
        assertThat(at(Duration.ofDays(3)).clears(scope(), c, AllowListFixture.ENTITY))
                .isFalse();
        JsonNode details = fixture.audit(providerKey(), id, "allow_list.expiry_changed")
                .get(0)
                .get("details");
        assertThat(details.get("change").asString()).isEqualTo("shortened");
        assertThat(details.get("status").asString()).isEqualTo("active");
    }

    @Test
    void aDateMeansTheStartOfThatDayAndAnExpiryForAnEntryWithoutOneIsAShortening() {
        String customer = fixture.falsePositive();
        String id = fixture.active(customer, null).get("id").asString();
        LocalDate day = LocalDate.now(ZoneOffset.UTC).plusDays(90);

        Http.Response r = changeExpiry(id, analyst1, day.toString(), "yearly review");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("status").asString()).isEqualTo("active");
        assertThat(Instant.parse(r.json().get("expires_at").asString()))
                .isEqualTo(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    @Test
    void aPastMissingOrMalformedExpiryAndAMissingReasonAreRejected() {
        String customer = fixture.falsePositive();
        Instant expiry = inDays(30);
        String id = fixture.active(customer, expiry.toString()).get("id").asString();
        String path = "/api/v1/allow-list/" + id + "/expiry";

        assertInvalid(changeExpiry(id, analyst1, inDays(-1).toString(), "too late"), "expires_at");
        assertInvalid(
                changeExpiry(id, analyst1, LocalDate.now(ZoneOffset.UTC).toString(), "today began already"),
                "expires_at");
        assertInvalid(changeExpiry(id, analyst1, "next tuesday", "not a date"), "expires_at");
        assertInvalid(http().post(path, analyst1, "{\"reason\":\"no date\"}"), "expires_at");
        assertInvalid(http().post(path, analyst1, "{\"expires_at\":\"" + inDays(60) + "\"}"), "reason");
        assertInvalid(changeExpiry(id, analyst1, inDays(60).toString(), " "), "reason");

        JsonNode unchanged = fixture.entry(customer, id);
        assertThat(unchanged.get("status").asString()).isEqualTo("active");
        assertThat(Instant.parse(unchanged.get("expires_at").asString())).isEqualTo(expiry);
        assertThat(fixture.audit(providerKey(), id, "allow_list.expiry_changed"))
                .isEmpty();
    }

    @Test
    void anotherTenantGetsNotFoundAndAnAuditorIsRefused() {
        String customer = fixture.falsePositive();
        Instant expiry = inDays(30);
        String id = fixture.active(customer, expiry.toString()).get("id").asString();
        String stranger = newKey(newReseller(unique("allow-expiry-stranger")), "analyst");
        assertThat(changeExpiry(id, stranger, inDays(5).toString(), "not mine").status())
                .isEqualTo(404);
        assertThat(changeExpiry(id, newKey(reseller, "auditor"), inDays(5).toString(), "read-only")
                        .status())
                .isEqualTo(403);
        assertThat(Instant.parse(fixture.entry(customer, id).get("expires_at").asString()))
                .isEqualTo(expiry);
    }

    /** With the rule off, an extension applies at once (the service built as the configuration would build it). */
    @Test
    void withTheRuleOffAnExtensionAppliesAtOnce() {
        String customer = fixture.falsePositive();
        String id = fixture.active(customer, inDays(10).toString()).get("id").asString();
        AllowListService withoutFourEyes = new AllowListService(jdbc, alertRepository, customers, audit, clock, false);
        Caller caller = new Caller(reseller, TenantKind.RESELLER, Role.ANALYST, "api-key:tg_fourEyesOff");
        Instant later = inDays(40);
        AllowListEntry e =
                tx.execute(s -> withoutFourEyes.changeExpiry(caller, scope(), UUID.fromString(id), later, "renewed"));
        assertThat(e.status()).isEqualTo("active");
        assertThat(e.expiresAt()).isEqualTo(later);
        assertThat(withoutFourEyes.clears(scope(), UUID.fromString(customer), AllowListFixture.ENTITY))
                .isTrue();
    }

    private Http.Response changeExpiry(String id, String key, String expiresAt, String reason) {
        return http().post(
                        "/api/v1/allow-list/" + id + "/expiry",
                        key,
                        "{\"expires_at\":\"" + expiresAt + "\",\"reason\":\"" + reason + "\"}");
    }

    /** The allow-list as it will answer {@code offset} from now. */
    private AllowListService at(Duration offset) {
        return new AllowListService(jdbc, alertRepository, customers, audit, Clock.offset(clock, offset), true);
    }

    private TenantScope scope() {
        return new TenantScope(reseller, TenantKind.RESELLER, Set.of(reseller));
    }

    private static Instant inDays(int days) {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).plus(Duration.ofDays(days));
    }
}
