package org.tollgate.lists.ofac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
import org.tollgate.lists.parse.ListFormat;
import org.tollgate.lists.parse.ListParseException;
import org.tollgate.lists.parse.ParseOptions;
import org.tollgate.lists.parse.ParseProblem;
import org.tollgate.lists.parse.ParsedList;
import org.tollgate.lists.testdata.TestData;

/** The legacy CSV parsers on OFAC's real files. */
class OfacCsvParserTest {
    private static ParsedList set2021;
    private static Map<String, Entity> byRef;

    @BeforeAll
    static void readConsistentSet() throws ListParseException {
        set2021 = OfacCsvParser.sdn().parse(TestData.file("ofac_sdn_set_2021-07"), ParseOptions.lenient());
        byRef = set2021.entities().stream().collect(Collectors.toMap(Entity::sourceRef, Function.identity()));
    }

    @Test
    void readsTheConsistentFourFileSet() {
        assertThat(set2021.problemCount()).isZero();
        assertThat(set2021.metadata().source()).isEqualTo("us_ofac_sdn");
        assertThat(set2021.metadata().format()).isEqualTo(ListFormat.OFAC_CSV);
        assertThat(set2021.metadata().origin()).isEqualTo("sdn.csv");
        assertThat(set2021.metadata().recordCount()).isEqualTo(8_976);
        assertThat(set2021.metadata().declaredCount()).isEqualTo(-1);
        assertThat(set2021.entities()).hasSize(8_976);
        assertThat(set2021.entities()).allSatisfy(e -> assertThat(e.id()).isEqualTo("us_ofac_sdn:" + e.sourceRef()));
        assertThat(byRef).hasSize(8_976);
        assertThat(count(set2021, Entity::type))
                .isEqualTo(Map.of(
                        EntityType.PERSON, 4_620L,
                        EntityType.ORGANIZATION, 3_673L,
                        EntityType.VESSEL, 406L,
                        EntityType.AIRCRAFT, 277L));
    }

    @Test
    void joinsAliasesAndWeakAliasesFromTheRemarks() {
        Map<NameKind, Long> kinds = set2021.entities().stream()
                .flatMap(e -> e.names().stream())
                .collect(Collectors.groupingBy(Name::kind, Collectors.counting()));
        // alt.csv has 11,910 rows: 11,523 aka + 18 nka (strong; two aka rows repeat a name of the same entity,
        // so 11,539 remain) and 369 fka. The 2,441 weak aliases exist only in the remarks, as a.k.a. 'NAME'.
        assertThat(kinds)
                .isEqualTo(Map.of(
                        NameKind.PRIMARY, 8_976L,
                        NameKind.STRONG_ALIAS, 11_539L,
                        NameKind.FORMER_NAME, 369L,
                        NameKind.WEAK_ALIAS, 2_441L));
    }

    @Test
    void keepsEveryAddressRowWithContentAndSkipsTheEmptyOnes() {
        // add.csv has 13,837 rows; 2,397 of them are -0- in every column (OFAC's row for "no address known")
        long addresses =
                set2021.entities().stream().mapToLong(e -> e.addresses().size()).sum();
        assertThat(addresses).isEqualTo(13_837L - 2_397L);
    }

    @Test
    void extractsTheFactsOfTheRemarksAcrossTheSet() {
        assertThat(set2021.entities().stream()
                        .mapToLong(e -> e.birthDates().size())
                        .sum())
                .isEqualTo(5_124L);
        assertThat(set2021.entities().stream()
                        .mapToLong(e -> e.placesOfBirth().size())
                        .sum())
                .isEqualTo(3_073L);
        Map<IdentifierType, Long> ids = set2021.entities().stream()
                .flatMap(e -> e.identifiers().stream())
                .collect(Collectors.groupingBy(Identifier::type, Collectors.counting()));
        assertThat(ids).containsEntry(IdentifierType.DIGITAL_CURRENCY_ADDRESS, 97L);
        assertThat(ids).containsEntry(IdentifierType.MMSI, 51L);
        assertThat(ids).containsEntry(IdentifierType.AIRCRAFT_SERIAL, 312L);
        assertThat(ids).containsEntry(IdentifierType.AIRCRAFT_REGISTRATION, 58L);
        // "Linked To:" items (3,408 distinct per entity) plus the 10 vessel owners of the Vess_owner column
        assertThat(set2021.entities().stream().mapToLong(e -> e.links().size()).sum())
                .isEqualTo(3_418L);
        // every entry keeps its remarks text whole
        assertThat(byRef.get("306").remarks()).isEqualTo("a.k.a. 'BNC'.");
    }

    @Test
    void sdgtIndividualFieldByField() {
        Entity e = byRef.get("10689");
        assertThat(e.id()).isEqualTo("us_ofac_sdn:10689");
        assertThat(e.type()).isEqualTo(EntityType.PERSON);
        assertThat(e.primaryName()).isEqualTo(new Name("SAEED, Muhammad", NameKind.PRIMARY));
        assertThat(e.names())
                .contains(
                        new Name("SAEED, Hafiz Muhammad", NameKind.STRONG_ALIAS),
                        new Name("SAEED HAFIZ, Muhammad", NameKind.STRONG_ALIAS),
                        new Name("HAFIZ SAHIB", NameKind.WEAK_ALIAS),
                        new Name("TATA JI", NameKind.WEAK_ALIAS))
                .hasSize(11);
        assertThat(e.programs()).containsExactly("SDGT");
        assertThat(e.birthDates()).containsExactly(BirthDate.of(new PartialDate(1950, 6, 5)));
        assertThat(e.placesOfBirth()).containsExactly("Sargodha, Punjab, Pakistan");
        assertThat(e.nationalities()).containsExactly("PK");
        assertThat(e.identifiers())
                .containsExactly(
                        new Identifier(IdentifierType.PASSPORT, "BE5978421", "PK", "Passport"),
                        new Identifier(IdentifierType.PASSPORT, "Booklet A5250088", "PK", "Passport"),
                        new Identifier(IdentifierType.NATIONAL_ID, "3520025509842-7", "PK", "National ID No."),
                        new Identifier(IdentifierType.NATIONAL_ID, "23250460642", "PK", "National ID No."));
        assertThat(e.addresses())
                .containsExactly(new Address(
                        List.of("House No. 116 E, Mohalla Johar, Town: Lahore, Tehsil:"),
                        "Lahore City",
                        "Lahore District",
                        "",
                        "PK",
                        "Pakistan"));
        assertThat(e.gender()).isEqualTo(Gender.UNKNOWN);
        assertThat(e.remarks()).startsWith("DOB 05 Jun 1950; POB Sargodha").endsWith("a.k.a. 'TATA JI'.");
    }

    @Test
    void vesselFieldByField() {
        Entity e = byRef.get("15036");
        assertThat(e.type()).isEqualTo(EntityType.VESSEL);
        assertThat(e.names())
                .containsExactly(
                        new Name("ARTAVIL", NameKind.PRIMARY),
                        new Name("ABADAN", NameKind.FORMER_NAME),
                        new Name("SHONA", NameKind.FORMER_NAME),
                        new Name("ALPHA", NameKind.WEAK_ALIAS));
        assertThat(e.programs()).containsExactly("IRAN");
        assertThat(e.identifiers())
                .containsExactly(
                        new Identifier(IdentifierType.IMO_NUMBER, "9187629", "", "Vessel Registration Identification"),
                        new Identifier(IdentifierType.MMSI, "572469210", "", "MMSI"),
                        new Identifier(IdentifierType.CALL_SIGN, "T2EU4", "", "Call Sign"));
        // the flag is the vessel's nationality; its address row is all -0-
        assertThat(e.nationalities()).containsExactly("IR");
        assertThat(e.addresses()).isEmpty();
        assertThat(e.links())
                .containsExactly(new Link(LinkKind.LINKED_TO, "NATIONAL IRANIAN TANKER COMPANY", "Linked To"));
        assertThat(e.remarks())
                .startsWith("Former Vessel Flag Malta;")
                .endsWith("Linked To: NATIONAL IRANIAN TANKER COMPANY.; Vessel Type: Crude/Oil Products Tanker; "
                        + "Tonnage: 99,144; GRT: 56,068; Vessel Flag: Iran");
    }

    @Test
    void digitalCurrencyAddressesAndRemarksContinuedInTheCommentsFile() {
        Entity e = byRef.get("28263");
        assertThat(e.primaryName().value()).isEqualTo("TIAN, Yinyin");
        assertThat(e.programs()).containsExactly("DPRK3", "CYBER2");
        assertThat(e.gender()).isEqualTo(Gender.MALE);
        assertThat(e.nationalities()).containsExactly("CN");
        assertThat(e.birthDates()).containsExactly(BirthDate.of(new PartialDate(1986, 7, 12)));
        assertThat(e.identifiers())
                .filteredOn(i -> i.type() == IdentifierType.DIGITAL_CURRENCY_ADDRESS)
                .hasSize(8)
                .first()
                .isEqualTo(new Identifier(
                        IdentifierType.DIGITAL_CURRENCY_ADDRESS,
                        "134r8iHv69xdT6p5qVKTsHrcUEuBVZAYak",
                        "",
                        "Digital Currency Address - XBT"));
        assertThat(e.identifiers())
                .contains(
                        new Identifier(IdentifierType.EMAIL, "417136259@qq.com", "", "Email Address"),
                        new Identifier(IdentifierType.PHONE, "8613621583465", "", "Phone Number"),
                        new Identifier(
                                IdentifierType.NATIONAL_ID, "321284198607120616", "CN", "Identification Number"));
        // sdn.csv cuts the remarks at 1,000 characters inside "a.k.a. 'snowsjo"; sdn_comments.csv goes on "hn'; ..."
        assertThat(e.names()).contains(new Name("snowsjohn", NameKind.WEAK_ALIAS));
        assertThat(e.links()).containsExactly(new Link(LinkKind.LINKED_TO, "LAZARUS GROUP", "Linked To"));
        assertThat(e.remarks()).contains("a.k.a. 'snowsjohn'; Linked To: LAZARUS GROUP.");
    }

    @Test
    void aircraftFieldByField() {
        Entity e = byRef.get("18150");
        assertThat(e.type()).isEqualTo(EntityType.AIRCRAFT);
        assertThat(e.primaryName().value()).isEqualTo("MSN 391");
        assertThat(e.programs()).containsExactly("SDGT", "NPWMD", "IFSR");
        assertThat(e.identifiers())
                .containsExactly(
                        new Identifier(
                                IdentifierType.AIRCRAFT_SERIAL,
                                "391",
                                "",
                                "Aircraft Manufacturer's Serial Number (MSN)"),
                        new Identifier(IdentifierType.AIRCRAFT_REGISTRATION, "EP-MMH", "", "Aircraft Tail Number"));
        assertThat(e.links()).containsExactly(new Link(LinkKind.LINKED_TO, "MAHAN AIR", "Linked To"));
        assertThat(e.remarks()).contains("Aircraft Model Airbus A340-642");
    }

    @Test
    void theFinalPeriodOfTheRemarksIsKeptOnlyWhenTheLinkedNameHasIt() {
        // each remarks text ends with a period; whether it belongs to the linked name decides the listed name
        assertThat(byRef.get("26850").links())
                .containsExactly(new Link(
                        LinkKind.LINKED_TO, "PERSIAN GULF PETROCHEMICAL INDUSTRY COMMERCIAL CO.", "Linked To"));
        assertThat(byRef.get("18343").links())
                .containsExactly(new Link(LinkKind.LINKED_TO, "MILENYUM ENERGY S.A.", "Linked To"));
        // "Linked To: GALAPAGOS S.A." while the entry itself is listed as "GALAPAGOS S.A"
        assertThat(byRef.get("6836").links())
                .containsExactly(new Link(LinkKind.LINKED_TO, "GALAPAGOS S.A", "Linked To"));
        assertThat(byRef.get("6826").primaryName().value()).isEqualTo("GALAPAGOS S.A");
    }

    @Test
    void crimeaAddressesResolveToUkraineAndKeepTheirText() {
        assertThat(byRef.get("18961").addresses())
                .contains(new Address(List.of("Oreanda - 12"), "Yalta", "", "298658", "UA", "Region: Crimea"));
        assertThat(byRef.get("16736").addresses())
                .containsExactly(new Address(
                        List.of("Kirova / per. Sovnarkomovskaya, 52/1"),
                        "Simferopol",
                        "Crimea",
                        "95000",
                        "UA",
                        "Ukraine"));
        // the title column has no field of its own: it joins the remarks
        assertThat(byRef.get("16715").remarks())
                .endsWith("; Title: Head of the Crimean SBU (Security Service of Ukraine)");
    }

    @Test
    void readsTheNewestFullSdnFileAlone() throws ListParseException {
        ParsedList l =
                OfacCsvParser.sdn().parse(TestData.file("ofac_sdn_2024-05-03/sdn.csv"), ParseOptions.strictMode());
        assertThat(l.entities()).hasSize(14_965);
        assertThat(l.problemCount()).isZero();
        assertThat(count(l, Entity::type))
                .isEqualTo(Map.of(
                        EntityType.PERSON, 6_854L,
                        EntityType.ORGANIZATION, 6_884L,
                        EntityType.VESSEL, 851L,
                        EntityType.AIRCRAFT, 376L));
        // without alt.csv the names are the primary ones and the weak aliases of the remarks
        assertThat(l.entities().stream().flatMap(e -> e.names().stream()).filter(n -> n.kind() == NameKind.WEAK_ALIAS))
                .hasSize(3_666);
    }

    @ParameterizedTest
    @CsvSource({
        "sdn_2021-12-22.csv, 9158",
        "sdn_2021-12-30.csv, 9008",
        "sdn_2024-02-20.csv, 13931",
        "sdn_2024-02-23.csv, 14484"
    })
    void readsEachDatedSnapshotAlone(String file, int entities) throws ListParseException {
        ParsedList l = OfacCsvParser.sdn().parse(TestData.file("ofac_sdn_history/" + file), ParseOptions.strictMode());
        assertThat(l.entities()).hasSize(entities);
        assertThat(l.metadata().origin()).isEqualTo(file);
        assertThat(l.problemCount()).isZero();
    }

    @Test
    void readsTheConsolidatedNonSdnSet() throws ListParseException {
        ParsedList l = OfacCsvParser.consolidated()
                .parse(TestData.file("ofac_consolidated_nonsdn_csv_2025-12"), ParseOptions.strictMode());
        assertThat(l.problemCount()).isZero();
        assertThat(l.metadata().source()).isEqualTo("us_ofac_cons");
        assertThat(l.metadata().format()).isEqualTo(ListFormat.OFAC_CONS_CSV);
        assertThat(l.entities()).hasSize(442);
        assertThat(count(l, Entity::type)).isEqualTo(Map.of(EntityType.PERSON, 79L, EntityType.ORGANIZATION, 363L));
        assertThat(l.entities().stream()
                        .flatMap(e -> e.names().stream())
                        .collect(Collectors.groupingBy(Name::kind, Collectors.counting())))
                .isEqualTo(Map.of(
                        NameKind.PRIMARY, 442L,
                        NameKind.STRONG_ALIAS, 932L,
                        NameKind.FORMER_NAME, 141L,
                        NameKind.WEAK_ALIAS, 72L));
        // 574 cons_add.csv rows, 52 of them empty
        assertThat(l.entities().stream().mapToLong(e -> e.addresses().size()).sum())
                .isEqualTo(522L);

        Entity bank = l.entities().stream()
                .filter(e -> e.sourceRef().equals("17017"))
                .findFirst()
                .orElseThrow();
        assertThat(bank.id()).isEqualTo("us_ofac_cons:17017");
        assertThat(bank.primaryName().value()).isEqualTo("BM BANK JSC");
        assertThat(bank.programs()).containsExactly("UKRAINE-EO13662", "RUSSIA-EO14024");
        assertThat(bank.identifiers())
                .contains(
                        new Identifier(IdentifierType.SWIFT_BIC, "MOSWRUMM", "", "SWIFT/BIC"),
                        new Identifier(IdentifierType.REGISTRATION_NUMBER, "1027700159497", "RU", "Registration ID"));
    }

    @Test
    void reportsEveryOrphanOfNewerAuxiliaryFiles(@TempDir Path dir) throws Exception {
        Path set = auxSet(dir);
        long start = System.nanoTime();
        ParsedList l = OfacCsvParser.sdn().parse(set, ParseOptions.lenient());
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("OFAC CSV: 2024-05-03 sdn.csv (14,965 rows) with the 2025-12 add/alt/comments files ("
                + "24,244 + 20,107 + 28 rows) parsed in " + millis + " ms");

        assertThat(l.entities()).hasSize(14_965);
        Map<String, Long> byFile =
                l.problems().stream().collect(Collectors.groupingBy(ParseProblem::file, Collectors.counting()));
        assertThat(byFile).isEqualTo(Map.of("add.csv", 4_893L, "alt.csv", 2_460L, "sdn_comments.csv", 6L));
        assertThat(l.problemCount()).isEqualTo(4_893 + 2_460 + 6);
        assertThat(l.problems())
                .allSatisfy(p -> assertThat(p.location()).matches("line \\d+, field 1 \\(ent_num\\)"))
                .allSatisfy(p -> assertThat(p.reason()).matches("ent_num \\d+ is not in sdn.csv"));
        assertThat(l.problems().get(0))
                .isEqualTo(new ParseProblem(
                        "sdn_comments.csv", "line 1, field 1 (ent_num)", "ent_num 17016 is not in sdn.csv"));
    }

    @Test
    void strictModeStopsAtTheFirstOrphan(@TempDir Path dir) throws Exception {
        Path set = auxSet(dir);
        assertThatThrownBy(() -> OfacCsvParser.sdn().parse(set, ParseOptions.strictMode()))
                .isInstanceOf(ListParseException.class)
                .hasMessage("sdn_comments.csv: line 1, field 1 (ent_num): ent_num 17016 is not in sdn.csv");
    }

    @Test
    void aDirectoryWithoutThePrimaryFileIsRefused(@TempDir Path dir) {
        assertThatThrownBy(() -> OfacCsvParser.consolidated().parse(dir, ParseOptions.lenient()))
                .isInstanceOf(ListParseException.class)
                .hasMessageContaining("holds no cons_prim.csv");
    }

    /** The 2024-05-03 sdn.csv beside the newer 2025-12 auxiliary files, in a scratch directory. */
    private static Path auxSet(Path dir) throws Exception {
        Files.copy(TestData.file("ofac_sdn_2024-05-03/sdn.csv"), dir.resolve("sdn.csv"));
        for (String f : List.of("add.csv", "alt.csv", "sdn_comments.csv")) {
            Files.copy(TestData.file("ofac_sdn_aux_2025-12/" + f), dir.resolve(f));
        }
        return dir;
    }

    private static <K> Map<K, Long> count(ParsedList l, Function<Entity, K> key) {
        return l.entities().stream().collect(Collectors.groupingBy(key, Collectors.counting()));
    }
}
