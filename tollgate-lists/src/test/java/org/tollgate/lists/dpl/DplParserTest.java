package org.tollgate.lists.dpl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tollgate.lists.ListReader;
import org.tollgate.lists.model.Address;
import org.tollgate.lists.model.Entity;
import org.tollgate.lists.model.EntityType;
import org.tollgate.lists.model.Name;
import org.tollgate.lists.model.NameKind;
import org.tollgate.lists.parse.ListFormat;
import org.tollgate.lists.parse.ListParseException;
import org.tollgate.lists.parse.ParseOptions;
import org.tollgate.lists.parse.ParseProblem;
import org.tollgate.lists.parse.ParsedList;
import org.tollgate.lists.testdata.TestData;

class DplParserTest {
    private static final String REAL = "bis_dpl_2022-09/dpl.txt";

    private final DplParser parser = new DplParser();

    @Test
    void readsTheRealList() throws Exception {
        ParsedList list = parser.parse(TestData.file(REAL), ParseOptions.lenient());

        assertThat(list.metadata().source()).isEqualTo("us_bis_dpl");
        assertThat(list.metadata().recordCount()).isEqualTo(581);
        // rows are per party and address: 581 rows name 458 parties
        assertThat(list.entities()).hasSize(458);
        assertThat(list.entities().stream().map(Entity::id).distinct()).hasSize(458);
        Map<EntityType, Long> types =
                list.entities().stream().collect(Collectors.groupingBy(Entity::type, Collectors.counting()));
        assertThat(types)
                .containsExactlyInAnyOrderEntriesOf(Map.of(EntityType.PERSON, 359L, EntityType.ORGANIZATION, 99L));
        assertThat(list.entities().stream().mapToInt(e -> e.addresses().size()).sum())
                .isEqualTo(575);
        assertThat(list.entities()).allMatch(e -> e.listedOn().isPresent());
        // the typing errors in Last_Update are reported, the rows kept
        assertThat(list.problems())
                .containsExactly(
                        new ParseProblem(
                                "dpl.txt",
                                "line 35, field Last_Update",
                                "implausible date '0222-05-18' (year 222, a typing error?); the date is ignored, the"
                                        + " row kept"),
                        new ParseProblem(
                                "dpl.txt",
                                "line 306, field Last_Update",
                                "implausible date '2922-09-01' (year 2922, a typing error?); the date is ignored, the"
                                        + " row kept"),
                        new ParseProblem(
                                "dpl.txt",
                                "line 343, field Last_Update",
                                "implausible date '3017-08-22' (year 3017, a typing error?); the date is ignored, the"
                                        + " row kept"));
        assertThat(byName(list, "KNOKKE-HEIST SUPPORT CORPORATION MANAGEMENT").listedOn())
                .contains(LocalDate.of(2022, 8, 29));
        assertThat(byName(list, "MANSOUR ZADEH").listedOn()).contains(LocalDate.of(2017, 8, 10));
    }

    @Test
    void strictModeStopsAtTheFirstTypingError() throws Exception {
        Path real = TestData.file(REAL);
        ListParseException e =
                catchThrowableOfType(ListParseException.class, () -> parser.parse(real, ParseOptions.strictMode()));

        assertThat(e.problems()).extracting(ParseProblem::location).containsExactly("line 35, field Last_Update");
    }

    @Test
    void onePartyFieldByField() throws Exception {
        Entity e = byName(parser.parse(TestData.file(REAL), ParseOptions.lenient()), "AIR FREIGHT LTD");

        assertThat(e.id()).isEqualTo("us_bis_dpl:" + DeniedParty.sourceRef("AIR FREIGHT LTD"));
        assertThat(e.type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(e.names()).containsExactly(new Name("AIR FREIGHT LTD", NameKind.PRIMARY));
        assertThat(e.addresses())
                .containsExactly(
                        new Address(
                                List.of("AL AMIRAT STREET, SECTION 309, ST. 3/H.20, AL MANSOUR"),
                                "BAGHDAD",
                                "",
                                "",
                                "IQ",
                                ""),
                        new Address(
                                List.of(
                                        "HOME 46, AL-KARRADA, BABIL REGION, DISTRICT 929, ST 21, BESIDE AL JADIRYA PRIVATE"
                                                + " HOSPITAL"),
                                "BAGHDAD",
                                "",
                                "",
                                "IQ",
                                ""),
                        new Address(List.of("P.O. BOX 28360"), "DUBAI", "", "", "AE", ""),
                        new Address(List.of("P.O. BOX 911399"), "AMMAN", "", "11191", "JO", ""));
        assertThat(e.listedOn()).contains(LocalDate.of(2022, 5, 13));
        assertThat(e.programs()).isEmpty();
        assertThat(e.identifiers()).isEmpty();
        // the four rows repeat one order; the fullest action and citation texts are kept once
        assertThat(e.remarks())
                .startsWith("Denial order effective 2022-05-13, expires 2022-11-09, standard order Y, last action:"
                        + " EFFECTIVE & EXPIRATION DATE CORRECTED")
                .contains("Federal Register: 80 F.R. 30435 5/28/15, ")
                .endsWith("87 F.R. 30173 5/18/2022")
                .doesNotContain("; Denial order");
    }

    @Test
    void onePersonUnderTwoOrdersIsOneEntity() throws Exception {
        Entity ash = byName(parser.parse(TestData.file(REAL), ParseOptions.lenient()), "I. ASH");

        assertThat(ash.sourceRef()).isEqualTo("4c8c4b34be83ddef");
        assertThat(ash.type()).isEqualTo(EntityType.PERSON);
        assertThat(ash.addresses()).hasSize(3);
        assertThat(ash.listedOn()).contains(LocalDate.of(2002, 3, 4));
        assertThat(ash.remarks())
                .isEqualTo("Denial order effective 2003-06-19, expires 2056-06-29, standard order Y, last action:"
                        + " FEDERAL REGISTER NOTICE UPDATED, Federal Register: 68 F.R. 38290 6/27/03 71 F.R. 38843"
                        + " 7/10/06 72 F.R. 4236 1/30/07; Denial order effective 2002-03-04, expires 2056-06-29,"
                        + " standard order Y, last action: 50 YEAR DENIAL, Federal Register: 67 F.R. 56530 9/4/02 67"
                        + " F.R. 10890 3/11/02, 71 F.R. 38843 7/10/06");
    }

    @Test
    void theSourceReferenceDependsOnTheNameOnly() {
        // pinned: a change here changes every DPL id, which re-screening and snapshot diffs would see
        assertThat(DeniedParty.sourceRef("I. ASH")).isEqualTo("4c8c4b34be83ddef");
        assertThat(DeniedParty.sourceRef(" i  ash")).isEqualTo("4c8c4b34be83ddef");
        assertThat(DeniedParty.sourceRef("AL-NASER  AIRLINES")).isEqualTo(DeniedParty.sourceRef("AL NASER AIRLINES"));
        assertThat(DeniedParty.sourceRef("ABDULAH AL NASSER"))
                .isNotEqualTo(DeniedParty.sourceRef("ABDULLAH AL NASSER"));
    }

    @Test
    void badRowsAreReportedWithFileLineFieldAndReason() throws Exception {
        ParsedList list = parser.parse(resource("bad_dpl.txt"), ParseOptions.lenient());

        assertThat(list.metadata().recordCount()).isEqualTo(5);
        assertThat(list.problems())
                .containsExactly(
                        new ParseProblem(
                                "bad_dpl.txt",
                                "line 4",
                                "expected 13 tab-separated fields as in the header, found 3; row skipped"),
                        new ParseProblem("bad_dpl.txt", "line 5, field Name", "empty name; row skipped"),
                        new ParseProblem(
                                "bad_dpl.txt", "line 6, field Effective_Date", "not a date (MM/dd/yyyy): '13/45/2021'"),
                        new ParseProblem(
                                "bad_dpl.txt",
                                "line 6, field Last_Update",
                                "implausible date '2922-09-01' (year 2922, a typing error?); the date is ignored, the"
                                        + " row kept"));
        assertThat(list.entities())
                .extracting(e -> e.primaryName().value())
                .containsExactly("JANE SAMPLE", "SAMPLE TRADING CO.");
        Entity jane = list.entities().get(0);
        assertThat(jane.type()).isEqualTo(EntityType.PERSON);
        assertThat(jane.addresses())
                .containsExactly(
                        new Address(List.of("1 FIRST STREET"), "SPRINGFIELD", "IL", "62701", "US", ""),
                        new Address(List.of("2 SECOND STREET, APT. 3"), "SPRINGFIELD", "IL", "62702", "US", ""));
        assertThat(jane.listedOn()).contains(LocalDate.of(2022, 3, 1));
        assertThat(jane.remarks())
                .isEqualTo("Denial order effective 2022-03-01, expires 2032-03-01, standard order Y, last action: FR"
                        + " NOTICE ADDED, Federal Register: 87 F.R. 12345 3/5/2022");
        Entity company = list.entities().get(1);
        assertThat(company.type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(company.listedOn()).isEmpty();
        assertThat(company.remarks()).startsWith("Denial order effective 13/45/2021, expires 2023-02-23");
    }

    @Test
    void aFileWithoutANameColumnIsRefused(@TempDir Path dir) throws Exception {
        Path other = dir.resolve("other.txt");
        Files.writeString(other, "\"Entity\"\t\"Address\"\n\"X\"\t\"Y\"\n");

        assertThatThrownBy(() -> parser.parse(other, ParseOptions.lenient()))
                .isInstanceOf(ListParseException.class)
                .hasMessageStartingWith("other.txt: line 1: the header has no 'Name' column");
    }

    @Test
    void listReaderUsesThisParser() {
        assertThat(ListReader.parserFor(ListFormat.DPL)).isInstanceOf(DplParser.class);
    }

    private static Entity byName(ParsedList list, String name) {
        return list.entities().stream()
                .filter(e -> e.primaryName().value().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no entity named " + name));
    }

    private Path resource(String name) throws URISyntaxException {
        return Path.of(getClass().getResource(name).toURI());
    }
}
