package org.tollgate.lists.csl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tollgate.lists.ListReader;
import org.tollgate.lists.model.Address;
import org.tollgate.lists.model.BirthDate;
import org.tollgate.lists.model.Entity;
import org.tollgate.lists.model.EntityType;
import org.tollgate.lists.model.Gender;
import org.tollgate.lists.model.Identifier;
import org.tollgate.lists.model.IdentifierType;
import org.tollgate.lists.model.Link;
import org.tollgate.lists.model.LinkKind;
import org.tollgate.lists.model.Name;
import org.tollgate.lists.model.NameKind;
import org.tollgate.lists.model.PartialDate;
import org.tollgate.lists.parse.CsvReader;
import org.tollgate.lists.parse.InputFiles;
import org.tollgate.lists.parse.ListFormat;
import org.tollgate.lists.parse.ListParseException;
import org.tollgate.lists.parse.ParseOptions;
import org.tollgate.lists.parse.ParseProblem;
import org.tollgate.lists.parse.ParsedList;
import org.tollgate.lists.testdata.TestData;

class CslJsonParserTest {
    private final CslJsonParser parser = new CslJsonParser();

    @Test
    void readsTheDocumentedJsonShape() throws Exception {
        ParsedList list = parser.parse(resource("csl_sample.json"), ParseOptions.strictMode());

        assertThat(list.metadata().format()).isEqualTo(ListFormat.CSL_JSON);
        assertThat(list.metadata().source()).isEqualTo("us_trade_csl");
        // the latest source_last_updated of sources_used
        assertThat(list.metadata().publishedAt()).contains(LocalDate.of(2024, 2, 29));
        assertThat(list.metadata().recordCount()).isEqualTo(5);
        assertThat(list.entities())
                .extracting(Entity::sourceRef)
                .containsExactly(
                        "SDN/90001",
                        "EL/4b2f0c8e1a7d9b3c5e6f708192a3b4c5d6e7f809",
                        "DPL/5c3a1d9f2b8e0a4d6f7081a2b3c4d5e6f7081920",
                        "SDN/90004",
                        "NS-MBS/90005");

        Entity person = list.entities().get(0);
        assertThat(person.type()).isEqualTo(EntityType.PERSON);
        assertThat(person.subList()).isEqualTo("SDN");
        assertThat(person.names())
                .containsExactly(
                        new Name("SAMPLE, Ahmad", NameKind.PRIMARY),
                        new Name("SAMPLE, Ahmed", NameKind.STRONG_ALIAS),
                        new Name("ABU SAMPLE", NameKind.STRONG_ALIAS));
        assertThat(person.programs()).containsExactly("SDGT", "IRGC");
        assertThat(person.addresses())
                .containsExactly(new Address(List.of("Street 5"), "Tehran", "", "12345", "IR", ""));
        assertThat(person.birthDates())
                .containsExactly(
                        BirthDate.of(new PartialDate(1970, 5, 1)),
                        new BirthDate(PartialDate.ofYear(1971), PartialDate.ofYear(1971), true),
                        new BirthDate(PartialDate.ofYear(1968), PartialDate.ofYear(1969), false));
        assertThat(person.placesOfBirth()).containsExactly("Qom, Iran");
        assertThat(person.nationalities()).containsExactly("IR");
        assertThat(person.citizenships()).containsExactly("IR");
        assertThat(person.identifiers())
                .containsExactly(new Identifier(IdentifierType.PASSPORT, "A1234567", "IR", "Passport"));
        assertThat(person.gender()).isEqualTo(Gender.MALE);
        assertThat(person.links()).containsExactly(new Link(LinkKind.LINKED_TO, "SAMPLE FRONT COMPANY", "Linked To"));
        assertThat(person.remarks())
                .isEqualTo("Secondary sanctions risk: section 1(b) of Executive Order 13224, as amended by Executive"
                        + " Order 13886; Title: Commander; (Linked To: SAMPLE FRONT COMPANY)");

        Entity company = list.entities().get(1);
        assertThat(company.type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(company.addresses())
                .containsExactly(
                        new Address(
                                List.of("Room 101, No. 8 Example Road"), "Shenzhen", "Guangdong", "518000", "CN", ""),
                        new Address(List.of("Unit 2, Harbour Building"), "Hong Kong", "", "", "HK", ""));
        assertThat(company.listedOn()).contains(LocalDate.of(2020, 6, 5));
        assertThat(company.names()).contains(new Name("SAPC", NameKind.STRONG_ALIAS));

        Entity denied = list.entities().get(2);
        assertThat(denied.type()).isEqualTo(EntityType.PERSON);
        assertThat(denied.remarks())
                .isEqualTo("Federal Register notice: 87 FR 12345; End date: 2032-03-01; Standard order: Y");

        Entity vessel = list.entities().get(3);
        assertThat(vessel.type()).isEqualTo(EntityType.VESSEL);
        assertThat(vessel.identifiers())
                .containsExactly(
                        new Identifier(
                                IdentifierType.IMO_NUMBER, "IMO 9000000", "", "Vessel Registration Identification"),
                        new Identifier(IdentifierType.CALL_SIGN, "9HA0000", "", "Call sign"));

        // lists given as ;-separated text, as in the CSV, are read too
        Entity bank = list.entities().get(4);
        assertThat(bank.programs()).containsExactly("RUSSIA-EO14024", "MBS");
        assertThat(bank.addresses())
                .containsExactly(new Address(List.of("1 Bank Street, Moscow, 101000"), "", "", "", "RU", ""));
        assertThat(bank.identifiers())
                .containsExactly(
                        new Identifier(IdentifierType.TAX_ID, "7700000000", "RU", "Tax ID No."),
                        new Identifier(IdentifierType.SWIFT_BIC, "SMPLRUMM", "", "SWIFT/BIC"));
    }

    @Test
    void realCsvRecordsInTheJsonShapeGiveTheSameEntities(@TempDir Path dir) throws Exception {
        // Real records, as the CSV has them, rewritten into the JSON download's shape: the JSON parser must make
        // exactly the entities the CSV parser makes of the original rows.
        Set<String> wanted = Set.of(
                "17291",
                "24904",
                "31920",
                "15445",
                "8183",
                "19810",
                "18291",
                "deb7a1d5743a85c354ca1a2c7f2664e2104b32d7",
                "4a838cd7f1b758f6f56c485fb25b7856be7539c0",
                "026dba5afe5742c3d9b83179846272ca67cdb5c0");
        Path csv = TestData.file(CslCsvParserTest.REAL);
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        ArrayNode results = root.putArray("results");
        try (InputStream in = InputFiles.open(csv, ParseOptions.DEFAULT_MAX_BYTES);
                CsvReader reader = new CsvReader(in, StandardCharsets.UTF_8)) {
            List<String> header = reader.next();
            List<String> row;
            while ((row = reader.next()) != null) {
                Map<String, String> r = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    r.put(header.get(i), row.get(i));
                }
                if (wanted.contains(r.get("_id"))) {
                    results.add(asJson(mapper, r));
                }
            }
        }
        assertThat(results).hasSize(12); // 18291 is on three lists
        Path json = dir.resolve("consolidated.json");
        mapper.writerWithDefaultPrettyPrinter().writeValue(json.toFile(), root);

        List<Entity> fromJson = parser.parse(json, ParseOptions.strictMode()).entities();
        List<Entity> fromCsv = new CslCsvParser()
                .parse(csv, ParseOptions.lenient()).entities().stream()
                        .filter(e -> wanted.contains(
                                e.sourceRef().substring(e.sourceRef().indexOf('/') + 1)))
                        .toList();

        assertThat(fromJson).hasSize(12).containsExactlyInAnyOrderElementsOf(fromCsv);
    }

    /** One CSV row in the shape of the JSON download: real arrays and objects instead of flattened text. */
    private static ObjectNode asJson(ObjectMapper mapper, Map<String, String> r) {
        Pattern code = Pattern.compile("[A-Z]{2}");
        Pattern date = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
        ObjectNode o = mapper.createObjectNode();
        o.put("id", r.get("_id"));
        for (String scalar : List.of(
                "source",
                "entity_number",
                "type",
                "name",
                "title",
                "federal_register_notice",
                "start_date",
                "end_date",
                "standard_order",
                "license_requirement",
                "license_policy",
                "call_sign",
                "vessel_type",
                "gross_tonnage",
                "gross_registered_tonnage",
                "vessel_flag",
                "vessel_owner",
                "remarks",
                "source_list_url",
                "source_information_url")) {
            String v = r.get(scalar);
            if (v.isEmpty()) {
                o.putNull(scalar);
            } else {
                o.put(scalar, v);
            }
        }
        for (String list : List.of(
                "programs", "alt_names", "citizenships", "dates_of_birth", "nationalities", "places_of_birth")) {
            ArrayNode a = o.putArray(list);
            for (String v : r.get(list).split(";")) {
                if (!v.isBlank()) {
                    a.add(v.strip());
                }
            }
        }
        ArrayNode addresses = o.putArray("addresses");
        for (String a : r.get("addresses").split(";")) {
            if (a.isBlank()) {
                continue;
            }
            String text = a.strip();
            int comma = text.lastIndexOf(", ");
            ObjectNode address = addresses.addObject();
            if (comma >= 0 && code.matcher(text.substring(comma + 2)).matches()) {
                address.put("address", text.substring(0, comma));
                address.put("country", text.substring(comma + 2));
            } else if (code.matcher(text).matches()) {
                address.put("country", text);
            } else {
                address.put("address", text);
            }
            address.putNull("city");
            address.putNull("state");
            address.putNull("postal_code");
        }
        ArrayNode ids = o.putArray("ids");
        for (String entry : r.get("ids").split(";")) {
            if (entry.isBlank()) {
                continue;
            }
            List<String> parts = new ArrayList<>(List.of(entry.strip().split(", ")));
            ObjectNode id = ids.addObject();
            id.put("type", parts.remove(parts.size() - 1));
            boolean fact = CslEntry.isFact(id.get("type").asText());
            id.put(
                    "country",
                    !fact && parts.size() > 1 && code.matcher(parts.get(0)).matches() ? parts.remove(0) : null);
            id.put(
                    "expiration_date",
                    !fact && parts.size() > 1 && date.matcher(parts.get(0)).matches() ? parts.remove(0) : null);
            id.put(
                    "issue_date",
                    !fact && parts.size() > 1 && date.matcher(parts.get(0)).matches() ? parts.remove(0) : null);
            id.put("number", String.join(", ", parts));
        }
        return o;
    }

    @Test
    void badRecordsAreReportedWithFileRecordAndReason() throws Exception {
        ParsedList list = parser.parse(resource("bad_csl.json"), ParseOptions.lenient());

        assertThat(list.metadata().recordCount()).isEqualTo(4);
        assertThat(list.problems())
                .containsExactly(
                        new ParseProblem(
                                "bad_csl.json",
                                "results[0] (line 4, id 91001), field dates_of_birth",
                                "not a date of birth: '1970-13-01'"),
                        new ParseProblem(
                                "bad_csl.json",
                                "results[1] (line 5)",
                                "expected a record object, found VALUE_STRING; skipped"),
                        new ParseProblem("bad_csl.json", "results[2] (line 6)", "no id; record skipped"),
                        new ParseProblem("bad_csl.json", "results[3] (line 7, id 91004)", "no name; record skipped"));
        assertThat(list.entities()).extracting(Entity::sourceRef).containsExactly("SDN/91001");
        assertThat(list.entities().get(0).birthDates()).isEmpty();
    }

    @Test
    void strictModeStopsAtTheFirstProblem() throws Exception {
        Path bad = resource("bad_csl.json");
        ListParseException e =
                catchThrowableOfType(ListParseException.class, () -> parser.parse(bad, ParseOptions.strictMode()));

        assertThat(e.problems()).hasSize(1);
        assertThat(e.problems().get(0).location()).isEqualTo("results[0] (line 4, id 91001), field dates_of_birth");
    }

    @Test
    void truncatedJsonIsRefusedEvenInLenientMode() {
        assertThatThrownBy(() -> parser.parse(resource("truncated_csl.json"), ParseOptions.lenient()))
                .isInstanceOf(ListParseException.class)
                .hasMessageStartingWith("truncated_csl.json: line 2, column ")
                .hasMessageContaining("not well-formed JSON");
    }

    @Test
    void aBareArrayOfRecordsIsRead(@TempDir Path dir) throws Exception {
        Path bare = dir.resolve("bare.json");
        Files.writeString(
                bare,
                "[{\"id\": \"1\", \"source\": \"Unverified List (UVL) - Bureau of Industry and Security\","
                        + " \"name\": \"Sample Optics\"}]");

        ParsedList list = parser.parse(bare, ParseOptions.strictMode());

        assertThat(list.entities()).singleElement().satisfies(e -> {
            assertThat(e.id()).isEqualTo("us_trade_csl:UVL/1");
            assertThat(e.type()).isEqualTo(EntityType.ORGANIZATION);
        });
    }

    @Test
    void somethingElseIsRefused(@TempDir Path dir) throws Exception {
        Path other = dir.resolve("other.json");
        Files.writeString(other, "\"just a string\"");

        assertThatThrownBy(() -> parser.parse(other, ParseOptions.lenient()))
                .isInstanceOf(ListParseException.class)
                .hasMessageStartingWith("other.json: not a Consolidated Screening List JSON file");
    }

    @Test
    void listReaderUsesThisParser() {
        assertThat(ListReader.parserFor(ListFormat.CSL_JSON)).isInstanceOf(CslJsonParser.class);
    }

    private Path resource(String name) throws URISyntaxException {
        return Path.of(getClass().getResource(name).toURI());
    }
}
