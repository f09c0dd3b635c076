package org.tollgate.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tollgate.app.support.ServiceTest;

/**
 * The console's access rules over plain HTTP (no browser needed): login required, CSRF on, roles (the auditor reads
 * only, the integration role is refused), tenant scope (another tenant's records are a 404 page), and "assign to
 * me" recorded in the alert and the audit log.
 */
class ConsoleSecurityTest extends ServiceTest {
    private ConsoleFixtures fixtures;
    private UUID provider;
    private String integrationKey;

    @BeforeEach
    void setUp() {
        requireLists();
        fixtures = new ConsoleFixtures(http(), providerKey());
        provider = provider().provider().id();
        integrationKey = newKey(provider, "integration");
    }

    private ConsoleSession as(UUID tenant, String role) {
        ConsoleSession s = new ConsoleSession(port);
        String location = s.login(fixtures.user(tenant, role.substring(0, 3), role), ConsoleFixtures.PASSWORD);
        assertThat(location).as("login of a %s", role).endsWith("/console");
        return s;
    }

    @Test
    void theConsoleNeedsALoginOnItsOwnPage() {
        ConsoleSession s = new ConsoleSession(port);
        ConsoleSession.Page p = s.get("/console/alerts");
        assertThat(p.status()).isEqualTo(302);
        assertThat(p.location()).endsWith("/login");
        ConsoleSession.Page login = s.get("/login");
        assertThat(login.body()).contains("Analyst console", "name=\"_csrf\"", "<label for=\"username\">");
        assertThat(s.login("nobody-" + UUID.randomUUID(), "wrong password!")).endsWith("/login?error");
    }

    @Test
    void theIntegrationRoleCannotUseTheConsole() {
        ConsoleSession s = new ConsoleSession(port);
        s.login(fixtures.user(provider, "int", "integration"), ConsoleFixtures.PASSWORD);
        ConsoleSession.Page p = s.get("/console");
        assertThat(p.status()).isEqualTo(403);
        assertThat(p.body()).contains("Not allowed");
    }

    @Test
    void anAuditorCannotDecideEvenWithAValidForm() {
        ConsoleFixtures.Customer c = fixtures.customer(integrationKey, ConsoleFixtures.MADURO);
        UUID alert = c.alerts().get(0);
        ConsoleSession s = as(provider, "auditor");
        assertThat(s.get("/console/alerts/" + alert).status()).isEqualTo(200);
        ConsoleSession.Page p =
                s.post("/console/alerts/" + alert + "/decision", Map.of("decision", "false_positive", "reason", "x"));
        assertThat(p.status()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT status FROM alert WHERE id = :id")
                        .param("id", alert)
                        .query(String.class)
                        .single())
                .isEqualTo("open");
    }

    @Test
    void aFormWithoutTheCsrfTokenIsRefused() {
        ConsoleFixtures.Customer c = fixtures.customer(integrationKey, ConsoleFixtures.MADURO);
        UUID alert = c.alerts().get(0);
        ConsoleSession s = as(provider, "analyst");
        ConsoleSession.Page p = s.postRaw(
                "/console/alerts/" + alert + "/decision", Map.of("decision", "false_positive", "reason", "x"));
        assertThat(p.status()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT status FROM alert WHERE id = :id")
                        .param("id", alert)
                        .query(String.class)
                        .single())
                .isEqualTo("open");
    }

    @Test
    void anotherTenantsRecordsAreNotFound() {
        ConsoleFixtures.Customer c = fixtures.customer(integrationKey, ConsoleFixtures.MADURO);
        UUID alert = c.alerts().get(0);
        ConsoleSession s = as(newReseller(unique("console-sec")), "analyst");
        assertThat(s.get("/console/customers/" + c.id()).status()).isEqualTo(404);
        assertThat(s.get("/console/alerts/" + alert).status()).isEqualTo(404);
        assertThat(s.get("/console/customers/not-an-id").status()).isEqualTo(404);
        s.get("/console/alerts");
        assertThat(s.post("/console/alerts/" + alert + "/assign", Map.of()).status())
                .isEqualTo(404);
        assertThat(s.post("/console/allow-list", Map.of("alert", alert.toString(), "reason", "x"))
                        .status())
                .isEqualTo(404);
        assertThat(jdbc.sql("SELECT assignee IS NULL FROM alert WHERE id = :id")
                        .param("id", alert)
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void assignToMeRecordsTheAssigneeAndAuditsIt() {
        ConsoleFixtures.Customer c = fixtures.customer(integrationKey, ConsoleFixtures.MADURO);
        UUID alert = c.alerts().get(0);
        String name = fixtures.user(provider, "asg", "analyst");
        ConsoleSession s = new ConsoleSession(port);
        s.login(name, ConsoleFixtures.PASSWORD);
        s.get("/console/alerts");
        ConsoleSession.Page p = s.post("/console/alerts/" + alert + "/assign", Map.of("sort", "score"));
        assertThat(p.status()).isEqualTo(302);
        assertThat(p.location()).contains("/console/alerts?").contains("sort=score");
        assertThat(jdbc.sql("SELECT assignee FROM alert WHERE id = :id")
                        .param("id", alert)
                        .query(String.class)
                        .single())
                .isEqualTo("user:" + name);
        assertThat(sealed().sql("SELECT count(*) FROM audit_event WHERE action = 'alert.assigned' AND subject_id = :id"
                                + " AND actor = :actor")
                        .param("id", alert.toString())
                        .param("actor", "user:" + name)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(s.get("/console/alerts?assignee=me").body()).contains(alert.toString());
    }

    @Test
    void aGeoAlertShowsItsAccessLogFindingAndIsDecidedLikeAnyOther() {
        ConsoleFixtures.Customer c = fixtures.customer(integrationKey, ConsoleFixtures.MATEO);
        // 175.45.176.1 is in North Korea by the real IP databases: an embargoed location opens a geo alert
        assertThat(http().post(
                                "/api/v1/access-events",
                                integrationKey,
                                "{\"events\":[{\"customer_id\":\"" + c.id()
                                        + "\",\"ip\":\"175.45.176.1\",\"time\":\"2026-11-30T09:00:00Z\","
                                        + "\"kind\":\"login\"}]}")
                        .status())
                .isEqualTo(200);
        UUID alert = jdbc.sql("SELECT id FROM alert WHERE customer_id = :c AND kind = 'geo'")
                .param("c", c.id())
                .query(UUID.class)
                .single();
        ConsoleSession s = as(provider, "analyst");
        ConsoleSession.Page page = s.get("/console/alerts/" + alert);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Access-log finding", "175.45.176.1").doesNotContain("List entry");
        assertThat(s.get("/console/customers/" + c.id()).body()).contains("IP history", "KP");
    }
}
