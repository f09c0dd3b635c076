package org.tollgate.lists.un;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tollgate.lists.ListReader;
import org.tollgate.lists.model.Address;
import org.tollgate.lists.model.BirthDate;
import org.tollgate.lists.model.DatePrecision;
import org.tollgate.lists.model.Entity;
import org.tollgate.lists.model.EntityType;
import org.tollgate.lists.model.Gender;
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
import org.tollgate.lists.testdata.TestData;

class UnXmlParserTest {
    private static final String FULL = "un_sc_consolidated_2026-02-27/UN_consolidated.xml";
    private static final String SAMPLE = "format_excerpts_deriv/sample_unsc.xml";

    private final UnXmlParser parser = new UnXmlParser();

    @Test
    void readsTheFullConsolidatedList() throws Exception {
        // measurements for the record, not assertions: benchmarks judge speed
        long start = System.nanoTime();
        ParsedList list = parser.parse(TestData.file(FULL), ParseOptions.lenient());
        long first = (System.nanoTime() - start) / 1_000_000;
        start = System.nanoTime();
        parser.parse(TestData.file(FULL), ParseOptions.lenient());
        long second = (System.nanoTime() - start) / 1_000_000;
        System.out.println("UN consolidated XML (1003 entries, 2.0 MB) parsed in " + first
                + " ms on the first run in this JVM, " + second + " ms on the second");

        assertThat(list.problemCount()).isZero();
        assertThat(list.metadata().source()).isEqualTo("un_sc");
        assertThat(list.metadata().format()).isEqualTo(ListFormat.UN_XML);
        assertThat(list.metadata().origin()).isEqualTo("UN_consolidated.xml");
        assertThat(list.metadata().publishedAt()).contains(LocalDate.of(2026, 2, 27));
        assertThat(list.metadata().recordCount()).isEqualTo(1003);
        assertThat(list.entities()).hasSize(1003);
        assertThat(countBy(list, Entity::type))
                .containsExactlyInAnyOrderEntriesOf(Map.of(EntityType.PERSON, 730L, EntityType.ORGANIZATION, 273L));
        Map<NameKind, Long> names = list.entities().stream()
                .flatMap(e -> e.names().stream())
                .collect(Collectors.groupingBy(Name::kind, Collectors.counting()));
        assertThat(names)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        NameKind.PRIMARY, 1003L,
                        NameKind.STRONG_ALIAS, 2108L,
                        NameKind.WEAK_ALIAS, 615L,
                        NameKind.FORMER_NAME, 19L,
                        NameKind.ORIGINAL_SCRIPT, 378L));
        assertThat(list.entities().stream()
                        .mapToInt(e -> e.identifiers().size())
                        .sum())
                .isEqualTo(454);
        assertThat(list.entities().stream().mapToInt(e -> e.addresses().size()).sum())
                .isEqualTo(740);
        assertThat(list.entities().stream().filter(e -> e.listedOn().isPresent()))
                .hasSize(1003);
        Map<String, Long> regimes = list.entities().stream()
                .flatMap(e -> e.programs().stream())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(regimes)
                .containsEntry("Al-Qaida", 341L)
                .containsEntry("DPRK", 155L)
                .containsEntry("Taliban", 140L)
                .containsEntry("Iran", 121L)
                .hasSize(14);
        assertThat(list.entities().stream().map(Entity::id).distinct()).hasSize(1003);
    }

    @Test
    void strictModeReadsTheRealListWithoutComplaint() throws Exception {
        assertThat(parser.parse(TestData.file(FULL), ParseOptions.strictMode()).entities())
                .hasSize(1003);
    }

    @Test
    void anIndividualFieldByField() throws Exception {
        Entity e = byRef(parser.parse(TestData.file(FULL), ParseOptions.lenient()), "QDi.237");

        assertThat(e.id()).isEqualTo("un_sc:QDi.237");
        assertThat(e.type()).isEqualTo(EntityType.PERSON);
        assertThat(e.primaryName()).isEqualTo(new Name("JABER ABDALLAH JABER AHMAD AL-JALAHMAH", NameKind.PRIMARY));
        assertThat(e.names())
                .contains(
                        new Name("جابر عبد الله جابر أحمد الجلاهمة", NameKind.ORIGINAL_SCRIPT),
                        new Name("Jaber Al-Jalamah", NameKind.STRONG_ALIAS),
                        new Name("Jabir 'Abdallah Jabir Ahmad Al-Jalamah", NameKind.STRONG_ALIAS),
                        new Name("Abdul-Ghani", NameKind.WEAK_ALIAS),
                        new Name("Abu Muhammad", NameKind.WEAK_ALIAS))
                .hasSize(9);
        assertThat(e.birthDates()).containsExactly(BirthDate.of(new PartialDate(1959, 9, 24)));
        assertThat(e.birthDates().get(0).precision()).isEqualTo(DatePrecision.DAY);
        assertThat(e.birthDates().get(0).circa()).isFalse();
        assertThat(e.placesOfBirth()).containsExactly("Al-Khitan area, Kuwait");
        assertThat(e.nationalities()).containsExactly("KW");
        assertThat(e.identifiers())
                .containsExactly(
                        new Identifier(IdentifierType.PASSPORT, "101423404", "", "Passport"),
                        new Identifier(IdentifierType.PASSPORT, "2541451", "KW", "Passport"),
                        new Identifier(IdentifierType.PASSPORT, "002327881", "KW", "Passport"),
                        new Identifier(
                                IdentifierType.NATIONAL_ID, "259092401188", "KW", "National Identification Number"));
        assertThat(e.addresses()).containsExactly(new Address(List.of(), "", "", "", "KW", "Kuwait"));
        assertThat(e.programs()).containsExactly("Al-Qaida");
        assertThat(e.listedOn()).contains(LocalDate.of(2014, 1, 3));
        assertThat(e.gender()).isEqualTo(Gender.UNKNOWN);
        assertThat(e.remarks())
                .contains("Passport 2541451: valid until 16 Feb. 2017")
                .contains("Previously listed between 16 Jan. 2008 and 3 Jan. 2014");
        assertThat(e.subList()).isEmpty();
    }

    @Test
    void birthDatesKeepTheirPrecision() throws Exception {
        ParsedList list = parser.parse(TestData.file(FULL), ParseOptions.lenient());

        // EXACT with YEAR 1958 and the note "Sep.": a month
        BirthDate sep1958 = byRef(list, "QDi.395").birthDates().get(0);
        assertThat(sep1958.from()).isEqualTo(new PartialDate(1958, 9, 0));
        assertThat(sep1958.precision()).isEqualTo(DatePrecision.MONTH);
        // APPROXIMATELY with a YEAR: circa, year precision
        assertThat(byRef(list, "TAi.013").birthDates())
                .containsExactly(new BirthDate(PartialDate.ofYear(1975), PartialDate.ofYear(1975), true));
        // BETWEEN 1973 and 1974
        BirthDate range = byRef(list, "CDi.030").birthDates().get(0);
        assertThat(range.isRange()).isTrue();
        assertThat(range.from()).isEqualTo(PartialDate.ofYear(1973));
        assertThat(range.to()).isEqualTo(PartialDate.ofYear(1974));
        assertThat(range.circa()).isFalse();
        // a Hijri date cannot be read as Gregorian: it stays a remark
        Entity asiri = byRef(list, "QDi.291");
        assertThat(asiri.birthDates())
                .containsExactly(
                        BirthDate.of(new PartialDate(1982, 4, 19)), BirthDate.of(new PartialDate(1982, 4, 18)));
        assertThat(asiri.remarks()).contains("Date of birth: 24/06/1402 (Hijri Calendar)");
        // LISTED_ON written with a time-zone offset
        assertThat(byRef(list, "QDi.352").listedOn()).contains(LocalDate.of(2015, 4, 7));
    }

    @Test
    void anEntityWithFormerNamesAndAnAddress() throws Exception {
        Entity adf = byRef(parser.parse(TestData.file(FULL), ParseOptions.lenient()), "CDe.001");

        assertThat(adf.type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(adf.names())
                .containsExactly(
                        new Name("ADF", NameKind.PRIMARY),
                        new Name("Allied Democratic Forces", NameKind.STRONG_ALIAS),
                        new Name(
                                "Forces Démocratiques Alliées-Armée Nationale de Libération de l’Ouganda",
                                NameKind.FORMER_NAME),
                        new Name("ADF/NALU", NameKind.FORMER_NAME),
                        new Name("NALU", NameKind.FORMER_NAME));
        assertThat(adf.addresses())
                .containsExactly(
                        new Address(List.of(), "", "North Kivu", "", "CD", "Democratic Republic of the Congo"));
        assertThat(adf.programs()).containsExactly("DRC");
        assertThat(adf.listedOn()).contains(LocalDate.of(2014, 6, 30));
    }

    @Test
    void readsTheSevenIndividualExcerpt() throws Exception {
        ParsedList list = parser.parse(TestData.file(SAMPLE), ParseOptions.lenient());

        assertThat(list.problemCount()).isZero();
        assertThat(list.metadata().publishedAt()).contains(LocalDate.of(2024, 10, 17));
        assertThat(list.entities()).hasSize(7).allMatch(e -> e.type() == EntityType.PERSON);
        assertThat(list.entities().stream().flatMap(e -> e.names().stream()))
                .filteredOn(n -> n.kind() == NameKind.ORIGINAL_SCRIPT)
                .hasSize(7);
        assertThat(list.entities().stream()
                        .mapToInt(e -> e.identifiers().size())
                        .sum())
                .isEqualTo(4);
        Entity naim = byRef(list, "TAi.013");
        assertThat(naim.gender()).isEqualTo(Gender.MALE);
        assertThat(naim.remarks())
                .contains("Title: Mullah")
                .contains("Designation: Deputy Minister of Civil Aviation under the Taliban regime");
        assertThat(naim.nationalities()).containsExactly("AF");
    }

    @Test
    void readsTheVariantsTheRealListUses() throws Exception {
        ParsedList list = parser.parse(resource("variants_un.xml"), ParseOptions.strictMode());

        assertThat(list.entities()).hasSize(2);
        assertThat(list.metadata().recordCount()).isEqualTo(3);
        Entity one = byRef(list, "KPi.905");
        // two elements with one reference number are merged, the second's name kept as an alias
        assertThat(one.names())
                .containsExactly(
                        new Name("VARIANT ONE", NameKind.PRIMARY),
                        new Name("Strong One", NameKind.STRONG_ALIAS),
                        new Name("Former One", NameKind.FORMER_NAME),
                        new Name("VARIANT ONE BIS", NameKind.STRONG_ALIAS));
        assertThat(one.listedOn()).contains(LocalDate.of(2015, 4, 7));
        // "na" is "not available", not Namibia
        assertThat(one.nationalities()).containsExactly("IR");
        assertThat(one.birthDates())
                .containsExactly(
                        BirthDate.of(new PartialDate(1958, 2, 22)),
                        BirthDate.of(new PartialDate(1961, 8, 0)),
                        new BirthDate(PartialDate.ofYear(1955), PartialDate.ofYear(1958), true));
        assertThat(one.remarks())
                .contains("Date of birth: 30-35 years old")
                .contains("National Identification Number: Italian Fiscal Code: XXXYYY00A00Z000Z");
        assertThat(one.identifiers())
                .containsExactly(new Identifier(IdentifierType.PASSPORT, "AB 123456", "FR", "Numéro de passeport"));
        assertThat(one.programs()).containsExactly("DPRK");

        Entity company = byRef(list, "IRe.906");
        assertThat(company.type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(company.names()).contains(new Name("SFC", NameKind.WEAK_ALIAS));
        assertThat(company.programs()).containsExactly("Iran");
        assertThat(company.addresses())
                .containsExactly(
                        new Address(List.of("1 Main Street"), "Tehran", "", "", "IR", "Iran (Islamic Republic of)"));
        assertThat(company.remarks()).contains("head office");
    }

    @Test
    void badEntriesAreReportedWithFileElementAndReason() throws Exception {
        ParsedList list = parser.parse(resource("bad_un.xml"), ParseOptions.lenient());

        assertThat(list.entities()).extracting(Entity::sourceRef).containsExactly("QDi.901", "TAi.902");
        assertThat(list.metadata().recordCount()).isEqualTo(4);
        assertThat(list.problems())
                .containsExactly(
                        new ParseProblem(
                                "bad_un.xml",
                                "INDIVIDUAL #2 (line 19, DATAID 2)",
                                "no REFERENCE_NUMBER; entry skipped"),
                        new ParseProblem(
                                "bad_un.xml",
                                "INDIVIDUAL #3 (line 26, TAi.902), LISTED_ON",
                                "not a date: '2014-13-45'"),
                        new ParseProblem(
                                "bad_un.xml",
                                "INDIVIDUAL #3 (line 26, TAi.902), INDIVIDUAL_DATE_OF_BIRTH (line 35)",
                                "DATE is not a date: '1959-02-30'"),
                        new ParseProblem(
                                "bad_un.xml",
                                "INDIVIDUAL #3 (line 26, TAi.902), INDIVIDUAL_DATE_OF_BIRTH (line 39)",
                                "not a range of years: FROM_YEAR '1960', TO_YEAR 'about 1962'"),
                        new ParseProblem(
                                "bad_un.xml",
                                "ENTITY #1 (line 47, QDe.903)",
                                "no name (FIRST_NAME is empty); entry skipped"));
        assertThat(list.problemCount()).isEqualTo(5);
        // the entry with bad dates is kept with what could be read
        Entity kept = byRef(list, "TAi.902");
        assertThat(kept.nationalities()).containsExactly("AF");
        assertThat(kept.listedOn()).isEmpty();
        assertThat(kept.birthDates()).isEmpty();
        // the unknown element did no harm
        assertThat(byRef(list, "QDi.901").birthDates()).containsExactly(BirthDate.of(new PartialDate(1959, 9, 24)));
    }

    @Test
    void strictModeStopsAtTheFirstProblem() throws Exception {
        Path bad = resource("bad_un.xml");
        ListParseException e =
                catchThrowableOfType(ListParseException.class, () -> parser.parse(bad, ParseOptions.strictMode()));

        assertThat(e.problems())
                .containsExactly(new ParseProblem(
                        "bad_un.xml", "INDIVIDUAL #2 (line 19, DATAID 2)", "no REFERENCE_NUMBER; entry skipped"));
        assertThat(e).hasMessageContaining("bad_un.xml").hasMessageContaining("INDIVIDUAL #2");
    }

    @Test
    void aTruncatedFileIsRefusedEvenInLenientMode() {
        assertThatThrownBy(() -> parser.parse(resource("truncated_un.xml"), ParseOptions.lenient()))
                .isInstanceOf(ListParseException.class)
                .hasMessageStartingWith("truncated_un.xml: line ")
                .hasMessageContaining("not well-formed XML");
    }

    @Test
    void anotherXmlFileIsRefused(@TempDir Path dir) throws Exception {
        Path other = dir.resolve("other.xml");
        Files.writeString(other, "<?xml version=\"1.0\"?><sdnList><sdnEntry/></sdnList>");

        assertThatThrownBy(() -> parser.parse(other, ParseOptions.lenient()))
                .isInstanceOf(ListParseException.class)
                .hasMessage("other.xml: not a UN consolidated list: the root element is <sdnList>, expected"
                        + " <CONSOLIDATED_LIST>");
    }

    @Test
    void externalEntitiesAreNeverExpandedNorTheirFilesRead(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        Path xxe = dir.resolve("xxe.xml");
        Files.writeString(
                xxe,
                "<?xml version=\"1.0\"?>\n"
                        + "<!DOCTYPE CONSOLIDATED_LIST [ <!ENTITY xxe SYSTEM \"" + secret.toUri() + "\"> ]>\n"
                        + "<CONSOLIDATED_LIST dateGenerated=\"2024-10-17T00:00:02.767Z\"><INDIVIDUALS><INDIVIDUAL>"
                        + "<FIRST_NAME>A &xxe; B</FIRST_NAME><REFERENCE_NUMBER>QDi.1</REFERENCE_NUMBER>"
                        + "</INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>\n",
                StandardCharsets.UTF_8);

        Throwable thrown =
                catchThrowableOfType(ListParseException.class, () -> parser.parse(xxe, ParseOptions.lenient()));

        assertThat(thrown).isNotNull().hasMessageContaining("xxe.xml: line 3");
        assertThat(thrown.getMessage()).doesNotContain("TOP-SECRET-CONTENT");
    }

    @Test
    void internalEntityExpansionIsRefused(@TempDir Path dir) throws Exception {
        Path bomb = dir.resolve("bomb.xml");
        Files.writeString(
                bomb,
                "<?xml version=\"1.0\"?>\n<!DOCTYPE CONSOLIDATED_LIST [ <!ENTITY a \"aaaaaaaaaa\">"
                        + " <!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"> ]>\n"
                        + "<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><FIRST_NAME>&b;</FIRST_NAME>"
                        + "<REFERENCE_NUMBER>QDi.1</REFERENCE_NUMBER></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>\n");

        assertThatThrownBy(() -> parser.parse(bomb, ParseOptions.lenient())).isInstanceOf(ListParseException.class);
    }

    @Test
    void listReaderUsesThisParser() throws Exception {
        assertThat(ListReader.parserFor(ListFormat.UN_XML)).isInstanceOf(UnXmlParser.class);
        assertThat(ListReader.read(
                                ListFormat.UN_XML,
                                resource("variants_un.xml"),
                                ParseOptions.lenient().withSource("un_test"))
                        .entities())
                .extracting(Entity::id)
                .containsExactly("un_test:KPi.905", "un_test:IRe.906");
    }

    private static Entity byRef(ParsedList list, String ref) {
        return list.entities().stream()
                .filter(e -> e.sourceRef().equals(ref))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no entity " + ref));
    }

    private static <K> Map<K, Long> countBy(ParsedList list, Function<Entity, K> key) {
        return list.entities().stream().collect(Collectors.groupingBy(key, Collectors.counting()));
    }

    private Path resource(String name) throws URISyntaxException {
        return Path.of(getClass().getResource(name).toURI());
    }
}
