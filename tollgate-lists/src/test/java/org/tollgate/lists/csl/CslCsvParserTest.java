package org.tollgate.lists.csl;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URISyntaxException;
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

class CslCsvParserTest {
    static final String REAL = "us_trade_csl_2022-05/consolidated.csv.gz";

    private static ParsedList parsed;
    private final CslCsvParser parser = new CslCsvParser();

    /** The real file, parsed once for the tests that need it (the fixture tests run without it). */
    private static synchronized ParsedList real() throws ListParseException {
        if (parsed == null) {
            Path file = TestData.file(REAL);
            // measurements for the record, not assertions: benchmarks judge speed
            long start = System.nanoTime();
            parsed = new CslCsvParser().parse(file, ParseOptions.lenient());
            long first = (System.nanoTime() - start) / 1_000_000;
            start = System.nanoTime();
            new CslCsvParser().parse(file, ParseOptions.lenient());
            long second = (System.nanoTime() - start) / 1_000_000;
            System.out.println("CSL CSV (14,160 records, 5.8 MB unpacked) parsed in " + first
                    + " ms on the first run in this JVM, " + second + " ms on the second");
        }
        return parsed;
    }

    @Test
    void readsTheWholeList() throws Exception {
        assertThat(real().problemCount()).isZero();
        assertThat(real().metadata().source()).isEqualTo("us_trade_csl");
        assertThat(real().metadata().origin()).isEqualTo("consolidated.csv.gz");
        assertThat(real().metadata().publishedAt()).isEmpty();
        assertThat(real().metadata().recordCount()).isEqualTo(14_160);
        // one record (CAP/15268) is in the file twice and is one entity
        assertThat(real().entities()).hasSize(14_159);
        assertThat(real().entities().stream().map(Entity::id).distinct()).hasSize(14_159);
    }

    @Test
    void countsBySubList() throws Exception {
        assertThat(countBy(Entity::subList))
                .containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                        entry("SDN", 10_026L),
                        entry("EL", 2_001L),
                        entry("DTC", 727L),
                        entry("DPL", 462L),
                        entry("SSI", 290L),
                        entry("UVL", 201L),
                        entry("ISN", 163L),
                        entry("PLC", 78L),
                        entry("MEU", 71L),
                        entry("CMIC", 68L),
                        entry("CAP", 52L),
                        entry("NS-MBS", 17L),
                        entry("FSE", 3L)));
    }

    @Test
    void countsByType() throws Exception {
        assertThat(countBy(Entity::type))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        EntityType.PERSON, 6_330L,
                        EntityType.ORGANIZATION, 7_113L,
                        EntityType.VESSEL, 433L,
                        EntityType.AIRCRAFT, 283L));
        // the untyped lists: persons only where the name has no mark of an organisation, on DPL and DTC
        Map<String, Long> untyped = real().entities().stream()
                .filter(e -> List.of("DPL", "DTC", "EL", "ISN", "MEU", "UVL").contains(e.subList()))
                .collect(Collectors.groupingBy(e -> e.subList() + " " + e.type(), Collectors.counting()));
        assertThat(untyped)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "DPL PERSON", 362L,
                        "DPL ORGANIZATION", 100L,
                        "DTC PERSON", 682L,
                        "DTC ORGANIZATION", 45L,
                        "EL ORGANIZATION", 2_001L,
                        "ISN ORGANIZATION", 163L,
                        "MEU ORGANIZATION", 71L,
                        "UVL ORGANIZATION", 201L));
    }

    @Test
    void strictModeReadsTheRealFileToo() throws Exception {
        assertThat(parser.parse(TestData.file(REAL), ParseOptions.strictMode()).entities())
                .hasSize(14_159);
    }

    @Test
    void aDeniedPersonsListRecord() throws Exception {
        Entity e = byRef("DPL/deb7a1d5743a85c354ca1a2c7f2664e2104b32d7");

        assertThat(e.id()).isEqualTo("us_trade_csl:DPL/deb7a1d5743a85c354ca1a2c7f2664e2104b32d7");
        assertThat(e.subList()).isEqualTo("DPL");
        assertThat(e.type()).isEqualTo(EntityType.PERSON);
        assertThat(e.names()).containsExactly(new Name("I. ASH", NameKind.PRIMARY));
        assertThat(e.addresses())
                .containsExactly(new Address(
                        List.of(
                                "UPON THE DATE OF THE ORDER INCARCERATED AT USM NO: 26265-177, FCI SEAGOVILLE, 2113 NORTH"
                                        + " HIGHWAY 175, SEAGOVILLE, TX, 75159"),
                        "",
                        "",
                        "",
                        "US",
                        ""));
        assertThat(e.listedOn()).contains(LocalDate.of(2003, 6, 19));
        assertThat(e.programs()).isEmpty();
        assertThat(e.remarks())
                .isEqualTo("FEDERAL REGISTER NOTICE UPDATED; Federal Register notice: 68 F.R. 38290 6/27/03 71 F.R."
                        + " 38843 7/10/06 72 F.R. 4236 1/30/07; End date: 2056-06-29; Standard order: Y");
    }

    @Test
    void anEntityListRecordWithAddresses() throws Exception {
        Entity e = byRef("EL/4a838cd7f1b758f6f56c485fb25b7856be7539c0");

        assertThat(e.type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(e.names())
                .containsExactly(
                        new Name("3K Aviation Consulting and Logistics", NameKind.PRIMARY),
                        new Name("3K Havacilik ve Danismanlik SAN. TIC. LTD. ST.", NameKind.STRONG_ALIAS));
        assertThat(e.addresses())
                .containsExactly(
                        new Address(
                                List.of("Biniciler Apt. Savas Cad. No. 18/5, Sirinyali Mah. 07160, Antalya"),
                                "",
                                "",
                                "",
                                "TR",
                                ""),
                        new Address(
                                List.of("Sonmez Apt. No. 4/5 1523 Sokak, Sirinyali Mah. 07160, Antalya"),
                                "",
                                "",
                                "",
                                "TR",
                                ""));
        assertThat(e.listedOn()).contains(LocalDate.of(2018, 9, 4));
        assertThat(e.remarks())
                .isEqualTo("Federal Register notice: 83 FR 44824; License requirement: For all items subject to the"
                        + " EAR. (See §744.11 of the EAR); License policy: Presumption of denial.");
    }

    @Test
    void anSdnIndividualWithDocuments() throws Exception {
        Entity e = byRef("SDN/17291");

        assertThat(e.type()).isEqualTo(EntityType.PERSON);
        assertThat(e.primaryName().value()).isEqualTo("'ABD AL-SALAM, 'Abd al-Malik Muhammad Yusuf 'Uthman");
        assertThat(e.names()).hasSize(4);
        assertThat(e.birthDates()).containsExactly(BirthDate.of(new PartialDate(1989, 7, 13)));
        assertThat(e.nationalities()).containsExactly("JO");
        assertThat(e.identifiers())
                .containsExactly(
                        new Identifier(IdentifierType.NATIONAL_ID, "28940000602", "QA", "National ID No."),
                        // "JO, 2014-08-30, 2009-08-31, K475336, Passport": the document's dates are not numbers
                        new Identifier(IdentifierType.PASSPORT, "K475336", "JO", "Passport"));
        assertThat(e.programs()).containsExactly("SDGT");
    }

    @Test
    void genderAndFactsFromIdsAreNotIdentifiers() throws Exception {
        Entity e = byRef("SDN/24904");
        assertThat(e.gender()).isEqualTo(Gender.MALE);
        assertThat(e.identifiers()).isEmpty();

        Entity aircraft = byRef("SDN/15445");
        assertThat(aircraft.type()).isEqualTo(EntityType.AIRCRAFT);
        assertThat(aircraft.identifiers())
                .containsExactly(new Identifier(
                        IdentifierType.AIRCRAFT_SERIAL,
                        "464",
                        "",
                        "Aircraft Construction Number (also called L/N or S/N or F/N)"));
        assertThat(aircraft.remarks())
                .contains("Aircraft Manufacture Date: 17 May 1988")
                .contains("Aircraft Model: A300B4-605R")
                .contains("Aircraft Operator: MAHAN AIR")
                .contains("Additional Sanctions Information: Subject to Secondary Sanctions");
        assertThat(aircraft.links()).containsExactly(new Link(LinkKind.LINKED_TO, "MAHAN AIR", "Linked To"));
    }

    @Test
    void aVessel() throws Exception {
        Entity e = byRef("SDN/31920");

        assertThat(e.type()).isEqualTo(EntityType.VESSEL);
        assertThat(e.identifiers())
                .containsExactlyInAnyOrder(
                        new Identifier(IdentifierType.CALL_SIGN, "UDQB", "", "Call sign"),
                        new Identifier(
                                IdentifierType.IMO_NUMBER, "IMO 8770261", "", "Vessel Registration Identification"));
        assertThat(e.remarks()).contains("Vessel type: Pipe-laying Vessel").contains("Vessel flag: Russia");
        assertThat(e.programs()).containsExactly("PEESA-EO14039");
    }

    @Test
    void approximateAndRangedBirthDates() throws Exception {
        assertThat(byRef("SDN/8183").birthDates())
                .containsExactly(new BirthDate(PartialDate.ofYear(1967), PartialDate.ofYear(1967), true));
        assertThat(byRef("SDN/8183").placesOfBirth()).containsExactly("Kirkuk, Iraq");
        assertThat(byRef("SDN/19810").birthDates())
                .containsExactly(new BirthDate(PartialDate.ofYear(1958), PartialDate.ofYear(1960), false));
    }

    @Test
    void oneOfacEntryOnSeveralTreasuryListsIsOneEntityPerList() throws Exception {
        assertThat(real().entities())
                .filteredOn(e -> e.sourceRef().endsWith("/18291"))
                .extracting(Entity::sourceRef)
                .containsExactlyInAnyOrder("CAP/18291", "SDN/18291", "SSI/18291");
        // CAP/15268 is twice in the file: one entity
        assertThat(real().entities())
                .filteredOn(e -> e.sourceRef().equals("CAP/15268"))
                .hasSize(1);
    }

    @Test
    void aRecordWithAnEmbeddedNewline() throws Exception {
        Entity e = byRef("MEU/026dba5afe5742c3d9b83179846272ca67cdb5c0");

        assertThat(e.names()).containsExactly(new Name("Elink Electronic Technology Co. Ltd.", NameKind.PRIMARY));
        assertThat(e.addresses())
                .containsExactly(new Address(
                        List.of("Room 717, Building 41, No.8633 Zhongchun Road, Minhang District, Shanghai"),
                        "",
                        "",
                        "",
                        "CN",
                        ""));
    }

    @Test
    void badRowsAreReportedWithFileLineAndReason() throws Exception {
        ParsedList list = parser.parse(resource("bad_csl.csv"), ParseOptions.lenient());

        assertThat(list.metadata().recordCount()).isEqualTo(5);
        assertThat(list.problems())
                .containsExactly(
                        new ParseProblem(
                                "bad_csl.csv", "line 3", "expected 30 fields as in the header, found 12; row skipped"),
                        new ParseProblem("bad_csl.csv", "line 4", "no id; record skipped"),
                        new ParseProblem(
                                "bad_csl.csv",
                                "line 5 (_id abc123), field dates_of_birth",
                                "not a date of birth: 'sometime in 1970'"),
                        new ParseProblem(
                                "bad_csl.csv", "line 5 (_id abc123), field start_date", "not a date: '2020-02-30'"));
        assertThat(list.entities())
                .extracting(Entity::sourceRef)
                .containsExactly("SDN/1001", "EL/abc123", "Some New List (SNL) - Department of Examples/def456");

        Entity good = list.entities().get(0);
        assertThat(good.names())
                .containsExactly(
                        new Name("EXAMPLE, Person", NameKind.PRIMARY), new Name("EXAMPLE, P.", NameKind.STRONG_ALIAS));
        assertThat(good.programs()).containsExactly("SDGT", "IRGC");
        assertThat(good.birthDates())
                .containsExactly(
                        BirthDate.of(new PartialDate(1970, 5, 1)),
                        new BirthDate(PartialDate.ofYear(1971), PartialDate.ofYear(1971), true));
        assertThat(good.identifiers())
                .containsExactly(new Identifier(IdentifierType.PASSPORT, "A1234567", "IR", "Passport"));
        assertThat(good.gender()).isEqualTo(Gender.MALE);
        assertThat(good.addresses()).containsExactly(new Address(List.of("Street 1, Tehran"), "", "", "", "IR", ""));

        Entity kept = list.entities().get(1);
        assertThat(kept.listedOn()).isEmpty();
        assertThat(kept.birthDates()).isEmpty();
        assertThat(kept.addresses())
                .containsExactly(
                        new Address(List.of("Room 1, Line Two of the address, Shanghai"), "", "", "", "CN", ""));

        Entity unknownList = list.entities().get(2);
        assertThat(unknownList.subList()).isEqualTo("Some New List (SNL) - Department of Examples");
        assertThat(unknownList.addresses()).containsExactly(new Address(List.of("Nowhere, XX"), "", "", "", "", ""));
    }

    @Test
    void strictModeStopsAtTheFirstProblem() throws Exception {
        Path bad = resource("bad_csl.csv");
        ListParseException e =
                catchThrowableOfType(ListParseException.class, () -> parser.parse(bad, ParseOptions.strictMode()));

        assertThat(e.problems())
                .containsExactly(new ParseProblem(
                        "bad_csl.csv", "line 3", "expected 30 fields as in the header, found 12; row skipped"));
    }

    @Test
    void aFileWithoutTheCslColumnsIsRefused(@TempDir Path dir) throws Exception {
        Path other = dir.resolve("other.csv");
        Files.writeString(other, "ent_num,SDN_Name,SDN_Type\n1,NAME,individual\n");

        assertThatThrownBy(() -> parser.parse(other, ParseOptions.lenient()))
                .isInstanceOf(ListParseException.class)
                .hasMessageStartingWith("other.csv: line 1: the header has no 'id' column");
    }

    @Test
    void unbalancedQuotesAreRefused(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("broken.csv");
        Files.writeString(broken, "_id,source,name\n1,\"Entity List (EL) - Bureau,Name\n");

        assertThatThrownBy(() -> parser.parse(broken, ParseOptions.lenient()))
                .isInstanceOf(ListParseException.class)
                .hasMessageContaining("broken.csv")
                .hasMessageContaining("line 2");
    }

    @Test
    void subListCodes() throws Exception {
        assertThat(CslSubList.code("Entity List (EL) - Bureau of Industry and Security"))
                .isEqualTo("EL");
        assertThat(CslSubList.code("Military End User (MEU) List - Bureau of Industry and Security"))
                .isEqualTo("MEU");
        assertThat(CslSubList.code("Non-SDN Menu-Based Sanctions List (NS-MBS List) - Treasury Department"))
                .isEqualTo("NS-MBS");
        assertThat(CslSubList.code("Capta List (CAP) - Treasury Department")).isEqualTo("CAP");
        assertThat(CslSubList.code("SDN")).isEqualTo("SDN");
        assertThat(CslSubList.code("MBS")).isEqualTo("NS-MBS");
        assertThat(CslSubList.code(" A List Nobody Knows ")).isEqualTo("A List Nobody Knows");
    }

    @Test
    void listReaderUsesThisParser() throws Exception {
        assertThat(ListReader.parserFor(ListFormat.CSL_CSV)).isInstanceOf(CslCsvParser.class);
    }

    private static Entity byRef(String ref) throws ListParseException {
        return real().entities().stream()
                .filter(e -> e.sourceRef().equals(ref))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no entity " + ref));
    }

    private static <K> Map<K, Long> countBy(Function<Entity, K> key) throws ListParseException {
        return real().entities().stream().collect(Collectors.groupingBy(key, Collectors.counting()));
    }

    private Path resource(String name) throws URISyntaxException {
        return Path.of(getClass().getResource(name).toURI());
    }
}
