package org.tollgate.cli;

import java.util.List;
import java.util.Map;

/**
 * The demo's sample customers, as the JSON bodies of {@code POST /api/v1/customers}. The listed ones are real entries
 * of the lists the demo loads (OFAC SDN 2024-05-03, UN consolidated, trade.gov CSL); the clean ones are invented.
 */
final class DemoCustomers {
    private DemoCustomers() {}

    private static final Map<String, Object> VERIFIED = Map.of("status", "verified", "method", "documentary");

    /** The provider's customers: clean, listed, a listed owner, embargoed places. */
    static List<Map<String, Object>> provider() {
        return List.of(
                person(
                        "Jane Whitfield Okafor",
                        "1988-04-02",
                        "US",
                        "12 Elm Street",
                        "Springfield",
                        "62701",
                        "US",
                        "+1 217 555 0142"),
                person(
                        "Lukas Brenner",
                        "1979-09-14",
                        "DE",
                        "Torstraße 112",
                        "Berlin",
                        "10119",
                        "DE",
                        "+49 30 9018 2210"),
                person(
                        "Aiko Tanaka",
                        "1992-01-27",
                        "JP",
                        "2-11-3 Meguro",
                        "Tokyo",
                        "153-0063",
                        "JP",
                        "+81 3 5434 1234"),
                person(
                        "Sofia Marques Oliveira",
                        "1985-06-30",
                        "PT",
                        "Rua Augusta 27",
                        "Lisboa",
                        "1100-048",
                        "PT",
                        "+351 21 342 7788"),
                Map.of(
                        "type",
                        "organization",
                        "name",
                        "Northwind Analytics LLC",
                        "nationality",
                        "US",
                        "addresses",
                        List.of(address("400 Market Street", "Philadelphia", "19106", "US")),
                        "phone",
                        "+1 215 555 0199",
                        "payment_means",
                        List.of(Map.of("kind", "bank_account", "country", "US")),
                        "beneficial_owners",
                        List.of(Map.of(
                                "name", "Margaret Ellison",
                                "birth_date", "1970-03-12",
                                "nationality", "US",
                                "ownership_percent", 60)),
                        "control_person",
                        Map.of("name", "Margaret Ellison", "birth_date", "1970-03-12", "nationality", "US"),
                        "verification",
                        VERIFIED),
                // OFAC SDN 22790, with the listed birth date
                person(
                        "Nicolas Maduro Moros",
                        "1962-11-23",
                        "VE",
                        "Avenida Urdaneta",
                        "Caracas",
                        "1010",
                        "VE",
                        "+58 212 806 3111"),
                // UN Security Council, DRC sanctions, CDi.007
                Map.of(
                        "type", "individual",
                        "name", "Thomas Lubanga",
                        "nationality", "CD",
                        "addresses", List.of(address("Avenue du Commerce 8", "Bunia", "", "CD")),
                        "verification", VERIFIED),
                // trade.gov CSL: BIS Entity List
                Map.of(
                        "type", "organization",
                        "name", "Alagir Resistor Factory",
                        "nationality", "RU",
                        "addresses", List.of(address("202 L. Tolstogo Street", "Alagir", "363245", "RU")),
                        "verification", VERIFIED),
                // an unlisted company whose beneficial owner is OFAC SDN 23343
                Map.of(
                        "type",
                        "organization",
                        "name",
                        "Caribe Servicios Digitales SA",
                        "nationality",
                        "PA",
                        "addresses",
                        List.of(address("Calle 50, Torre Global", "Panama City", "0801", "PA")),
                        "beneficial_owners",
                        List.of(Map.of(
                                "name", "Ramzan Akhmatovich Kadyrov",
                                "birth_date", "1976-10-05",
                                "nationality", "RU",
                                "ownership_percent", 60)),
                        "control_person",
                        Map.of("name", "Ana Lucia Herrera", "nationality", "PA"),
                        "verification",
                        VERIFIED),
                // Crimea, whatever the country field says
                person(
                        "Olena Kovalenko",
                        "1990-08-19",
                        "UA",
                        "vul. Pushkinska 14",
                        "Yalta, Krimea",
                        "98600",
                        "UA",
                        "+380 44 123 4567"),
                // an Iranian address
                person(
                        "Reza Ahmadi",
                        "1983-02-11",
                        "IR",
                        "Vali Asr Avenue 1520",
                        "Tehran",
                        "1966733311",
                        "IR",
                        "+98 21 2204 5566"));
    }

    /** The reseller's one customer. */
    static List<Map<String, Object>> reseller() {
        return List.of(person(
                "Mateo García Ruiz",
                "1987-12-03",
                "ES",
                "Calle de Alcalá 95",
                "Madrid",
                "28009",
                "ES",
                "+34 91 123 4567"));
    }

    private static Map<String, Object> person(
            String name,
            String birthDate,
            String nationality,
            String line1,
            String city,
            String postalCode,
            String country,
            String phone) {
        return Map.of(
                "type", "individual",
                "name", name,
                "birth_date", birthDate,
                "nationality", nationality,
                "addresses", List.of(address(line1, city, postalCode, country)),
                "phone", phone,
                "payment_means", List.of(Map.of("kind", "card", "country", country)),
                "verification", VERIFIED);
    }

    private static Map<String, Object> address(String line1, String city, String postalCode, String country) {
        return postalCode.isEmpty()
                ? Map.of("line1", line1, "city", city, "country", country)
                : Map.of("line1", line1, "city", city, "postal_code", postalCode, "country", country);
    }
}
