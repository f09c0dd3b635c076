package org.tollgate.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tollgate.app.support.Http;
import org.tollgate.app.support.ServiceTest;

/**
 * The allow-list page's revoke and expiry forms over plain HTTP with cookies (no browser needed): an analyst revokes
 * with a reason and changes an expiry; an auditor sees neither form and is refused even with a valid form; a form
 * without the CSRF token is refused; another tenant's entry is a 404 page.
 */
class ConsoleAllowListTest extends ServiceTest {
    private static final String ENTITY = "us_ofac_sdn:22790";

    private ConsoleFixtures fixtures;
    private UUID reseller;
    private String proposerKey;
    private String confirmerKey;

    @BeforeEach
    void setUp() {
        requireLists();
        fixtures = new ConsoleFixtures(http(), providerKey());
        reseller = newReseller(unique("console-allow"));
        proposerKey = newKey(reseller, "analyst");
        confirmerKey = newKey(reseller, "analyst");
    }

    @Test
    void anAnalystRevokesAnEntryWithAReason() {
        UUID entry = activeEntry(null);
        String name = fixtures.user(reseller, "rev", "analyst");
        ConsoleSession s = session(name);
        String page = s.get("/console/allow-list").body();
        assertThat(page)
                .contains("/console/allow-list/" + entry + "/revoke", "/console/allow-list/" + entry + "/expiry");

        // no reason: refused with a message, the entry stays in force
        ConsoleSession.Page blank = s.post("/console/allow-list/" + entry + "/revoke", Map.of("reason", " "));
        assertThat(blank.status()).isEqualTo(302);
        assertThat(s.get("/console/allow-list").body()).contains("reason: must not be blank");
        assertThat(status(entry)).isEqualTo("active");

        ConsoleSession.Page p = s.post(
                "/console/allow-list/" + entry + "/revoke", Map.of("reason", "adverse media: relationship ended"));
        assertThat(p.status()).isEqualTo(302);
        assertThat(p.location()).endsWith("/console/allow-list");
        assertThat(status(entry)).isEqualTo("revoked");
        assertThat(jdbc.sql("SELECT revoked_by FROM allow_list_entry WHERE id = :id")
                        .param("id", entry)
                        .query(String.class)
                        .single())
                .isEqualTo("user:" + name);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'allow_list.revoked'"
                                + " AND subject_id = :id AND actor = :actor")
                        .param("id", entry.toString())
                        .param("actor", "user:" + name)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        // shown as revoked with its reason, and without the forms
        String after = s.get("/console/allow-list").body();
        assertThat(after)
                .contains("Revoked: the next screening raises an alert for this pair again.")
                .contains("data-status=\"revoked\"", "adverse media: relationship ended")
                .doesNotContain("/console/allow-list/" + entry + "/revoke")
                .doesNotContain("/console/allow-list/" + entry + "/expiry");
    }

    @Test
    void anAnalystExtendsAnExpiryWhichThenWaitsForASecondAnalyst() {
        UUID entry = activeEntry(Instant.now().plus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS));
        String name = fixtures.user(reseller, "ext", "analyst");
        ConsoleSession s = session(name);
        s.get("/console/allow-list");
        LocalDate day = LocalDate.now(ZoneOffset.UTC).plusDays(100);
        ConsoleSession.Page p = s.post(
                "/console/allow-list/" + entry + "/expiry",
                Map.of("expires", day.toString(), "reason", "relationship renewed"));
        assertThat(p.status()).isEqualTo(302);
        assertThat(status(entry)).isEqualTo("pending");
        assertThat(jdbc.sql("SELECT expires_at = :at AND proposed_by = :by FROM allow_list_entry WHERE id = :id")
                        .param("at", day.atStartOfDay(ZoneOffset.UTC).toOffsetDateTime())
                        .param("by", "user:" + name)
                        .param("id", entry)
                        .query(Boolean.class)
                        .single())
                .isTrue();
        String page = s.get("/console/allow-list").body();
        assertThat(page)
                .contains("the entry clears nothing until a second analyst confirms it")
                .contains("a second analyst confirms")
                .doesNotContain("/console/allow-list/" + entry + "/confirm");

        // a past date is refused with a message naming the field
        s.post("/console/allow-list/" + entry + "/expiry", Map.of("expires", "2020-01-01", "reason", "a typo"));
        assertThat(s.get("/console/allow-list").body()).contains("expires_at: must be in the future");
        assertThat(status(entry)).isEqualTo("pending");
    }

    @Test
    void anAuditorSeesNoFormsAndIsRefusedEvenWithAValidForm() {
        UUID entry = activeEntry(null);
        ConsoleSession s = session(fixtures.user(reseller, "aud", "auditor"));
        ConsoleSession.Page page = s.get("/console/allow-list");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(ENTITY).doesNotContain("/revoke").doesNotContain("/expiry");
        assertThat(s.post("/console/allow-list/" + entry + "/revoke", Map.of("reason", "x"))
                        .status())
                .isEqualTo(403);
        assertThat(s.post("/console/allow-list/" + entry + "/expiry", Map.of("expires", "2099-01-01", "reason", "x"))
                        .status())
                .isEqualTo(403);
        assertThat(status(entry)).isEqualTo("active");
    }

    @Test
    void aFormWithoutTheCsrfTokenIsRefused() {
        UUID entry = activeEntry(null);
        ConsoleSession s = session(fixtures.user(reseller, "csrf", "analyst"));
        s.get("/console/allow-list");
        assertThat(s.postRaw("/console/allow-list/" + entry + "/revoke", Map.of("reason", "x"))
                        .status())
                .isEqualTo(403);
        assertThat(status(entry)).isEqualTo("active");
    }

    @Test
    void anotherTenantsEntryIsNotFound() {
        UUID entry = activeEntry(null);
        ConsoleSession s = session(fixtures.user(newReseller(unique("console-allow-other")), "oth", "analyst"));
        s.get("/console/allow-list");
        assertThat(s.post("/console/allow-list/" + entry + "/revoke", Map.of("reason", "not mine"))
                        .status())
                .isEqualTo(404);
        assertThat(s.post("/console/allow-list/" + entry + "/expiry", Map.of("expires", "2099-01-01", "reason", "x"))
                        .status())
                .isEqualTo(404);
        assertThat(status(entry)).isEqualTo("active");
    }

    private ConsoleSession session(String username) {
        ConsoleSession s = new ConsoleSession(port);
        assertThat(s.login(username, ConsoleFixtures.PASSWORD)).endsWith("/console");
        return s;
    }

    /** An active entry for the SDN pair of a new customer: decided a false positive, proposed and confirmed. */
    private UUID activeEntry(@Nullable Instant expiresAt) {
        ConsoleFixtures.Customer c = fixtures.customer(proposerKey, ConsoleFixtures.MADURO);
        UUID alert = ConsoleFixtures.alertOn(c, ENTITY);
        Http.Response d = http().post(
                        "/api/v1/alerts/" + alert + "/decision",
                        proposerKey,
                        "{\"decision\":\"false_positive\",\"reason\":\"namesake, passport checked\"}");
        assertThat(d.status()).as(d.body()).isEqualTo(200);
        Http.Response r = http().post(
                        "/api/v1/allow-list",
                        proposerKey,
                        "{\"customer_id\":\"" + c.id() + "\",\"entity_id\":\"" + ENTITY + "\","
                                + (expiresAt == null ? "" : "\"expires_at\":\"" + expiresAt + "\",")
                                + "\"reason\":\"namesake, passport checked\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        UUID id = UUID.fromString(r.json().get("id").asString());
        Http.Response ok = http().post("/api/v1/allow-list/" + id + "/confirm", confirmerKey, "");
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        return id;
    }

    private String status(UUID entry) {
        return jdbc.sql("SELECT status FROM allow_list_entry WHERE id = :id")
                .param("id", entry)
                .query(String.class)
                .single();
    }
}
