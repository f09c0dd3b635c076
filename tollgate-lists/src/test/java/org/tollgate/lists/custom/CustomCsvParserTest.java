package org.tollgate.lists.custom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tollgate.lists.ListReader;
import org.tollgate.lists.model.Address;
import org.tollgate.lists.model.BirthDate;
import org.tollgate.lists.model.Entity;
import org.tollgate.lists.model.EntityType;
import org.tollgate.lists.model.Identifier;
import org.tollgate.lists.model.IdentifierType;
import org.tollgate.lists.model.Name;
import org.tollgate.lists.model.NameKind;
import org.tollgate.lists.model.PartialDate;
import org.tollgate.lists.parse.ListFormat;
import org.tollgate.lists.parse.ListParseException;
import org.tollgate.lists.parse.ParseOptions;
import org.tollgate.lists.parse.ParseProblem;
import org.tollgate.lists.parse.ParsedList;

class CustomCsvParserTest {
    @TempDir
    Path dir;

    @Test
    void readsAProvidersList() throws Exception {
        ParsedList list = ListReader.read(
                ListFormat.CUSTOM_CSV, fixture("Blocked-Customers 2024.csv"), ParseOptions.strictMode());

        assertThat(list.source()).isEqualTo("custom_blocked_customers_2024");
        assertThat(list.metadata().format()).isEqualTo(ListFormat.CUSTOM_CSV);
        assertThat(list.metadata().recordCount()).isEqualTo(4);
        assertThat(list.problemCount()).isZero();
        assertThat(list.entities())
                .extracting(Entity::id)
                .containsExactly(
                        "custom_blocked_customers_2024:C-0001",
                        "custom_blocked_customers_2024:C-0002",
                        "custom_blocked_customers_2024:C-0003",
                        "custom_blocked_customers_2024:C-0004");
        assertThat(list.entities())
                .extracting(Entity::type)
                .containsExactly(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.VESSEL, EntityType.OTHER);

        Entity petrov = list.entities().get(0);
        assertThat(petrov.names())
                .containsExactly(
                        new Name("Ivan Petrov", NameKind.PRIMARY),
                        new Name("Iwan Petrow", NameKind.STRONG_ALIAS),
                        new Name("Иван Петров", NameKind.STRONG_ALIAS));
        assertThat(petrov.birthDates())
                .containsExactly(BirthDate.of(new PartialDate(1970, 5, 1)), BirthDate.of(PartialDate.ofYear(1971)));
        assertThat(petrov.addresses())
                .containsExactly(new Address(null, "", "", "", "RU", ""), new Address(null, "", "", "", "BY", ""));
        assertThat(petrov.identifiers())
                .containsExactly(
                        new Identifier(IdentifierType.PASSPORT, "751234567", "RU", "passport"),
                        new Identifier(IdentifierType.NATIONAL_ID, "AB-12-34", "", "national_id"),
                        new Identifier(IdentifierType.WEBSITE, "https://petrov.example:8080/x", "", "website"));
        assertThat(petrov.remarks()).isEqualTo("chargeback fraud, twice");
        assertThat(petrov.programs()).containsExactly("FRAUD", "ABUSE");

        Entity acme = list.entities().get(1);
        assertThat(acme.primaryName().value()).isEqualTo("Acme Trading, Ltd");
        assertThat(acme.addresses()).containsExactly(new Address(null, "", "", "", "AE", ""));
        assertThat(acme.identifiers())
                .containsExactly(
                        new Identifier(IdentifierType.REGISTRATION_NUMBER, "12345", "AE", "registration_number"));
        assertThat(list.entities().get(2).identifiers())
                .containsExactly(new Identifier(IdentifierType.IMO_NUMBER, "9123456", "", "imo_number"));
    }

    @Test
    void namesLineColumnAndReasonOfEveryProblem() throws Exception {
        ParsedList list = new CustomCsvParser().parse(fixture("custom_bad.csv"), ParseOptions.lenient());

        assertThat(list.source()).isEqualTo("custom_custom_bad");
        assertThat(list.problems())
                .containsExactly(
                        problem(
                                "line 3, column type",
                                "unknown type 'company' (expected person, organization, vessel, aircraft or other);"
                                        + " read as other"),
                        problem(
                                "line 4, column birth_date",
                                "'1980-02-30' is not a date (YYYY, YYYY-MM or YYYY-MM-DD); value ignored"),
                        problem(
                                "line 4, column birth_date",
                                "'80' is not a date (YYYY, YYYY-MM or YYYY-MM-DD); value ignored"),
                        problem("line 5, column id", "duplicate id 'X-1' (first on line 2); line skipped"),
                        problem("line 6, column name", "the name is empty; line skipped"),
                        problem("line 7, column id", "the id is empty; line skipped"),
                        problem("line 8, column country", "'Atlantis' is not a country code or name; value ignored"),
                        problem("line 8, column identifiers", "'passport' is not type:value[:CC]; value ignored"),
                        problem(
                                "line 8, column identifiers",
                                "unknown identifier type 'licence' in 'licence:123'; value ignored"),
                        problem("line 8, column identifiers", "'passport:' has no value; value ignored"),
                        problem(
                                "line 9",
                                "the line has 10 fields but the header has 9 (an unquoted comma?); line skipped"));
        assertThat(list.problemCount()).isEqualTo(11);
        assertThat(list.entities()).extracting(Entity::sourceRef).containsExactly("X-1", "X-2", "X-3", "X-5");
        assertThat(list.entities().get(0).birthDates()).containsExactly(BirthDate.of(new PartialDate(1980, 2, 0)));
        assertThat(list.entities().get(1).type()).isEqualTo(EntityType.OTHER);
        assertThat(list.entities().get(3).identifiers()).isEmpty();
    }

    private static ParseProblem problem(String location, String reason) {
        return new ParseProblem("custom_bad.csv", location, reason);
    }

    @Test
    void strictModeStopsAtTheFirstProblem() {
        assertThatThrownBy(() -> new CustomCsvParser().parse(fixture("custom_bad.csv"), ParseOptions.strictMode()))
                .isInstanceOf(ListParseException.class)
                .hasMessage(
                        "custom_bad.csv: line 3, column type: unknown type 'company' (expected person, organization,"
                                + " vessel, aircraft or other); read as other");
    }

    @Test
    void requiresAHeaderWithIdAndName() throws Exception {
        Path noName = Files.writeString(dir.resolve("list.csv"), "id,title\n1,x\n");
        assertThatThrownBy(() -> new CustomCsvParser().parse(noName, ParseOptions.lenient()))
                .isInstanceOf(ListParseException.class)
                .hasMessage("list.csv: line 1: the header lacks the required column(s) name (found: id, title)");

        Path twice = Files.writeString(dir.resolve("twice.csv"), "id,name,Name\n1,x,y\n");
        assertThatThrownBy(() -> new CustomCsvParser().parse(twice, ParseOptions.lenient()))
                .isInstanceOf(ListParseException.class)
                .hasMessage("twice.csv: line 1, column 3: the column 'name' appears twice in the header");

        Path empty = Files.writeString(dir.resolve("empty.csv"), "");
        assertThatThrownBy(() -> new CustomCsvParser().parse(empty, ParseOptions.lenient()))
                .isInstanceOf(ListParseException.class)
                .hasMessage("empty.csv: the file is empty; a header line is required");
    }

    @Test
    void derivesTheSourceIdFromTheOverrideOrTheFileName() {
        assertThat(CustomCsvParser.sourceId("custom_Partner Blocks", "x.csv")).isEqualTo("custom_partner_blocks");
        assertThat(CustomCsvParser.sourceId("", "Blocked-Customers 2024.csv"))
                .isEqualTo("custom_blocked_customers_2024");
        // an override outside the custom_ namespace cannot make a custom list pose as an official one
        assertThat(CustomCsvParser.sourceId("us_ofac_sdn", "fraud.csv")).isEqualTo("custom_fraud");
        assertThat(CustomCsvParser.sourceId("", "Liste für Händler.v2.CSV")).isEqualTo("custom_liste_fur_handler_v2");
        assertThat(CustomCsvParser.sourceId("", "___.csv")).isEqualTo("custom_list");
        assertThat(CustomCsvParser.sourceId("custom_", "list")).isEqualTo("custom_list");
    }

    @Test
    void usesTheOverrideForEntityIds() throws Exception {
        Path file = Files.writeString(dir.resolve("internal.csv"), "id,name\n7,Jane Roe\n");
        ParsedList list =
                new CustomCsvParser().parse(file, ParseOptions.strictMode().withSource("custom_fraud_ring"));
        assertThat(list.entities()).extracting(Entity::id).isEqualTo(List.of("custom_fraud_ring:7"));
    }

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(CustomCsvParserTest.class.getResource(name).toURI());
    }
}
