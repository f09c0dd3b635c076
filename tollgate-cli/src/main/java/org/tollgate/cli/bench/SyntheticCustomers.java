package org.tollgate.cli.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.tollgate.lists.country.Countries;
import org.tollgate.lists.parse.CsvReader;

/**
 * A generator of realistic synthetic customers for the re-screening benchmark. Person names are recombined from the
 * OpenSanctions benchmark's synthetic innocents ({@code negatives_global.csv}, {@code negatives_us.csv}: Latin,
 * CJK, Arabic and Persian, Devanagari, Hangul, Cyrillic, Thai, ... names): the first name of one row, the last name
 * of another row of the same nationality (so names stay within one naming culture), sometimes a middle name of a
 * third. One customer in ten is an organisation named after a family name, with one or two beneficial owners.
 * Seeded: the same seed gives the same customers.
 */
final class SyntheticCustomers {
    private static final String[] SECTORS = {
        "Trading",
        "Cloud Services",
        "Logistics",
        "Software",
        "Consulting",
        "Holdings",
        "Media",
        "Engineering",
        "Analytics",
        "Import Export",
        "Digital",
        "Systems"
    };
    private static final String[] FORMS = {"Ltd", "LLC", "GmbH", "SA", "BV", "Inc", "SARL", "Pte Ltd", "AB", "OOO"};

    /** A corpus row's parts. */
    private record Row(String first, String middle, String last, String birthDate, String country) {}

    private final List<Row> rows = new ArrayList<>();
    private final Map<String, List<Row>> byCountry = new HashMap<>();
    private final ObjectMapper json = new ObjectMapper();
    private final Random random;

    SyntheticCustomers(Path corpusDir, long seed) throws IOException {
        for (String f : List.of("negatives_global.csv", "negatives_us.csv")) {
            read(corpusDir.resolve(f));
        }
        for (Row r : rows) {
            byCountry.computeIfAbsent(r.country(), k -> new ArrayList<>()).add(r);
        }
        this.random = new Random(seed);
    }

    private void read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file);
                CsvReader csv = new CsvReader(in, StandardCharsets.UTF_8)) {
            List<String> h = csv.next();
            int first = h.indexOf("first_name");
            int middle = h.indexOf("middle_name");
            int last = h.indexOf("last_name");
            int dob = h.indexOf("date_of_birth");
            int nat = h.indexOf("nationality");
            List<String> r;
            while ((r = csv.next()) != null) {
                String f = get(r, first);
                String l = get(r, last);
                String c = Countries.alpha2(get(r, nat)).orElse("");
                if (!f.isEmpty() && !l.isEmpty() && !c.isEmpty()) {
                    rows.add(new Row(f, get(r, middle), l, get(r, dob), c));
                }
            }
        }
    }

    private static String get(List<String> r, int i) {
        return i >= 0 && i < r.size() ? r.get(i).strip() : "";
    }

    /** Rows read from the corpus. */
    int corpusSize() {
        return rows.size();
    }

    /** A person: name, birth date (YYYY-MM-DD) and nationality. */
    record Person(String name, String birthDate, String country) {}

    Person person() {
        Row a = rows.get(random.nextInt(rows.size()));
        List<Row> same = byCountry.get(a.country());
        Row b = same.get(random.nextInt(same.size()));
        StringBuilder name = new StringBuilder(a.first());
        if (random.nextInt(10) < 3) {
            Row c = same.get(random.nextInt(same.size()));
            String m = c.middle().isEmpty() ? c.first() : c.middle();
            if (!m.equals(a.first())) {
                name.append(' ').append(m);
            }
        }
        name.append(' ').append(b.last());
        String dob = a.birthDate().length() == 10
                ? a.birthDate()
                : LocalDate.of(1940 + random.nextInt(66), 1 + random.nextInt(12), 1 + random.nextInt(28))
                        .toString();
        return new Person(name.toString(), dob, a.country());
    }

    /** The JSON data of a generated customer (the API's shape): an individual, or one in ten an organisation. */
    String next() {
        Person p = person();
        Map<String, Object> d = new LinkedHashMap<>();
        if (random.nextInt(10) == 0) {
            String family = p.name().substring(p.name().lastIndexOf(' ') + 1);
            d.put("type", "organization");
            d.put(
                    "name",
                    family + " " + SECTORS[random.nextInt(SECTORS.length)] + " " + FORMS[random.nextInt(FORMS.length)]);
            d.put("nationality", p.country());
            List<Map<String, Object>> owners = new ArrayList<>();
            int n = 1 + random.nextInt(2);
            for (int i = 0; i < n; i++) {
                Person o = i == 0 ? p : person();
                owners.add(Map.of(
                        "name",
                        o.name(),
                        "birth_date",
                        o.birthDate(),
                        "nationality",
                        o.country(),
                        "ownership_percent",
                        i == 0 ? 60 : 40));
            }
            d.put("beneficial_owners", owners);
            d.put("addresses", List.of(address(p.country())));
        } else {
            d.put("type", "individual");
            d.put("name", p.name());
            d.put("birth_date", p.birthDate());
            d.put("nationality", p.country());
            d.put("addresses", List.of(address(p.country())));
        }
        return write(d);
    }

    /** A customer with a given name (a planted list match): no birth date, so nothing argues against the match. */
    String named(String name, boolean organization) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("type", organization ? "organization" : "individual");
        d.put("name", name);
        return write(d);
    }

    private Map<String, Object> address(String country) {
        return Map.of("line1", (1 + random.nextInt(400)) + " Market Street", "city", "Springfield", "country", country);
    }

    private String write(Map<String, Object> d) {
        try {
            return json.writeValueAsString(d);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
