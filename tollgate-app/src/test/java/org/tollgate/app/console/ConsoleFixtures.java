package org.tollgate.app.console;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.tollgate.app.support.Http;
import tools.jackson.databind.JsonNode;

/**
 * Sets up what the console tests look at through the REST API, as a sign-up gateway and an admin would: users with
 * their roles, and customers (the demo's listed ones: the OFAC SDN entry of Nicolás Maduro Moros and a company
 * whose beneficial owner is Ramzan Kadyrov, both in the 2021 SDN set the test index holds).
 */
final class ConsoleFixtures {
    static final String PASSWORD = "console test passphrase";

    static final String MADURO = """
            {"type":"individual","name":"Nicolas Maduro Moros","birth_date":"1962-11-23","nationality":"VE",
             "addresses":[{"line1":"Avenida Urdaneta","city":"Caracas","postal_code":"1010","country":"VE"}],
             "phone":"+58 212 806 3111","verification":{"status":"verified","method":"documentary"}}""";

    static final String CARIBE = """
            {"type":"organization","name":"Caribe Servicios Digitales SA","nationality":"PA",
             "addresses":[{"line1":"Calle 50, Torre Global","city":"Panama City","postal_code":"0801","country":"PA"}],
             "beneficial_owners":[{"name":"Ramzan Akhmatovich Kadyrov","birth_date":"1976-10-05","nationality":"RU",
                                   "ownership_percent":60}],
             "control_person":{"name":"Ana Lucia Herrera","nationality":"PA"},
             "verification":{"status":"verified","method":"documentary"}}""";

    static final String MATEO = """
            {"type":"individual","name":"Mateo García Ruiz","birth_date":"1987-12-03","nationality":"ES",
             "addresses":[{"line1":"Calle de Alcalá 95","city":"Madrid","postal_code":"28009","country":"ES"}],
             "phone":"+34 91 123 4567","payment_means":[{"kind":"card","country":"ES"}],
             "verification":{"status":"verified","method":"documentary"}}""";

    /** The demo's other provider customers: clean ones, a Crimean address, an Iranian one (no list match). */
    static final java.util.List<String> OTHERS = java.util.List.of("""
            {"type":"individual","name":"Jane Whitfield Okafor","birth_date":"1988-04-02","nationality":"US",
             "addresses":[{"line1":"12 Elm Street","city":"Springfield","postal_code":"62701","country":"US"}],
             "phone":"+1 217 555 0142","payment_means":[{"kind":"card","country":"US"}],
             "verification":{"status":"verified","method":"documentary"}}""", """
            {"type":"individual","name":"Aiko Tanaka","birth_date":"1992-01-27","nationality":"JP",
             "addresses":[{"line1":"2-11-3 Meguro","city":"Tokyo","postal_code":"153-0063","country":"JP"}],
             "phone":"+81 3 5434 1234","payment_means":[{"kind":"card","country":"JP"}],
             "verification":{"status":"verified","method":"documentary"}}""", """
            {"type":"individual","name":"Olena Kovalenko","birth_date":"1990-08-19","nationality":"UA",
             "addresses":[{"line1":"vul. Pushkinska 14","city":"Yalta, Krimea","postal_code":"98600","country":"UA"}],
             "phone":"+380 44 123 4567","payment_means":[{"kind":"card","country":"UA"}],
             "verification":{"status":"verified","method":"documentary"}}""", """
            {"type":"individual","name":"Reza Ahmadi","birth_date":"1983-02-11","nationality":"IR",
             "addresses":[{"line1":"Vali Asr Avenue 1520","city":"Tehran","postal_code":"1966733311","country":"IR"}],
             "phone":"+98 21 2204 5566","payment_means":[{"kind":"card","country":"IR"}],
             "verification":{"status":"verified","method":"documentary"}}""");

    private final Http http;
    private final String adminKey;

    ConsoleFixtures(Http http, String adminKey) {
        this.http = http;
        this.adminKey = adminKey;
    }

    /** Creates a console user in {@code tenant}; returns its username. */
    String user(UUID tenant, String prefix, String role) {
        String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        Http.Response r = http.post(
                "/api/v1/tenants/" + tenant + "/users",
                adminKey,
                "{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD + "\",\"role\":\"" + role + "\"}");
        if (r.status() != 201) {
            throw new AssertionError("user not created: " + r);
        }
        return name;
    }

    /** A created customer and the ids of its alerts. */
    record Customer(UUID id, List<UUID> alerts, JsonNode body) {}

    Customer customer(String key, String json) {
        Http.Response r = http.post("/api/v1/customers", key, json);
        if (r.status() != 201) {
            throw new AssertionError("customer not created: " + r);
        }
        List<UUID> alerts = new ArrayList<>();
        r.json()
                .get("alerts")
                .forEach(a -> alerts.add(UUID.fromString(a.get("id").asString())));
        return new Customer(UUID.fromString(r.json().get("id").asString()), List.copyOf(alerts), r.json());
    }

    /** The alert of the customer on the given list entity. */
    static UUID alertOn(Customer c, String entityId) {
        for (JsonNode a : c.body().get("alerts")) {
            if (a.get("entity_id").asString().equals(entityId)) {
                return UUID.fromString(a.get("id").asString());
            }
        }
        throw new AssertionError("no alert on " + entityId + " in " + c.body().get("alerts"));
    }
}
