package org.tollgate.lists.ofac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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

/** The legacy XML parser (sdnList) on the real consolidated file, the SDN excerpt and hostile input. */
class OfacXmlParserTest {
    @Test
    void readsTheConsolidatedXml() throws ListParseException {
        ParsedList l = new OfacXmlParser()
                .parse(
                        TestData.file("ofac_consolidated_nonsdn_xml_2023-03-08/ofac_non_sdn.xml"),
                        ParseOptions.strictMode());
        assertThat(l.problemCount()).isZero();
        assertThat(l.metadata().format()).isEqualTo(ListFormat.OFAC_XML);
        // the file name says non-SDN: the consolidated source without being told
        assertThat(l.source()).isEqualTo("us_ofac_cons");
        assertThat(l.metadata().publishedAt()).contains(LocalDate.of(2023, 3, 8));
        assertThat(l.metadata().declaredCount()).isEqualTo(445);
        assertThat(l.metadata().recordCount()).isEqualTo(445);
        assertThat(l.entities()).hasSize(445);
        assertThat(l.entities().stream().collect(Collectors.groupingBy(Entity::type, Collectors.counting())))
                .isEqualTo(Map.of(EntityType.PERSON, 79L, EntityType.ORGANIZATION, 366L));
        // 1,120 aka elements: 59 weak, 140 strong f.k.a., 921 strong a.k.a.
        assertThat(l.entities().stream()
                        .flatMap(e -> e.names().stream())
                        .collect(Collectors.groupingBy(Name::kind, Collectors.counting())))
                .isEqualTo(Map.of(
                        NameKind.PRIMARY, 445L,
                        NameKind.STRONG_ALIAS, 921L,
                        NameKind.WEAK_ALIAS, 59L,
                        NameKind.FORMER_NAME, 140L));
        assertThat(l.entities().stream().mapToLong(e -> e.addresses().size()).sum())
                .isEqualTo(506L);
        // "(Linked To: ...)" in 285 remarks
        assertThat(l.entities().stream().mapToLong(e -> e.links().size()).sum()).isEqualTo(285L);

        Entity bank = byRef(l, "17017");
        assertThat(bank.id()).isEqualTo("us_ofac_cons:17017");
        assertThat(bank.type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(bank.names())
                .startsWith(new Name("BM BANK JSC", NameKind.PRIMARY))
                .contains(
                        new Name("BANK OF MOSCOW", NameKind.FORMER_NAME),
                        new Name("PAO BM BANK", NameKind.STRONG_ALIAS))
                .hasSize(8);
        assertThat(bank.programs()).containsExactly("UKRAINE-EO13662", "RUSSIA-EO14024");
        assertThat(bank.identifiers())
                .containsExactlyInAnyOrder(
                        new Identifier(IdentifierType.REGISTRATION_NUMBER, "1027700159497", "RU", "Registration ID"),
                        new Identifier(
                                IdentifierType.REGISTRATION_NUMBER, "29292940", "RU", "Government Gazette Number"),
                        new Identifier(IdentifierType.SWIFT_BIC, "MOSWRUMM", "", "SWIFT/BIC"),
                        new Identifier(IdentifierType.OTHER, "044525219", "", "BIK (RU)"));
        assertThat(bank.addresses())
                .contains(
                        new Address(List.of("8/15 Korp. 3 ul. Rozhdestvenka"), "Moscow", "", "107996", "RU", "Russia"));
        assertThat(bank.links())
                .containsExactly(new Link(LinkKind.LINKED_TO, "VTB BANK PUBLIC JOINT STOCK COMPANY", "Linked To"));
        // listing facts of the idList join the remarks
        assertThat(bank.remarks())
                .contains("(Linked To: VTB BANK PUBLIC JOINT STOCK COMPANY)")
                .contains("Executive Order 13662 Directive Determination - Subject to Directive 1")
                .contains("Target Type Financial Institution");

        Entity haniya = byRef(l, "9639");
        assertThat(haniya.primaryName().value()).isEqualTo("HANIYA, Ismail Abdul Salah");
        assertThat(haniya.type()).isEqualTo(EntityType.PERSON);
        assertThat(haniya.birthDates()).containsExactly(BirthDate.of(PartialDate.ofYear(1962)));
        assertThat(haniya.placesOfBirth()).containsExactly("Shati");
        assertThat(haniya.programs()).containsExactly("NS-PLC");
    }

    @Test
    void theSdnExcerptMatchesTheSameEntryOfTheCsv() throws ListParseException {
        Path sample = TestData.file("format_excerpts_deriv/sample_ofac_consolidated.xml");
        // the file is an SDN excerpt despite its name; only an override can say so
        ParsedList l =
                new OfacXmlParser().parse(sample, ParseOptions.strictMode().withSource("us_ofac_sdn"));
        assertThat(l.entities()).hasSize(8);
        assertThat(l.metadata().declaredCount()).isEqualTo(8_197);
        assertThat(l.metadata().publishedAt()).contains(LocalDate.of(2020, 4, 22));
        assertThat(new OfacXmlParser().parse(sample, ParseOptions.lenient()).source())
                .isEqualTo("us_ofac_cons");

        Entity xml = byRef(l, "10689");
        assertThat(xml.id()).isEqualTo("us_ofac_sdn:10689");
        assertThat(xml.primaryName()).isEqualTo(new Name("SAEED, Muhammad", NameKind.PRIMARY));
        assertThat(xml.names())
                .contains(new Name("HAFIZ SAHIB", NameKind.WEAK_ALIAS), new Name("TATA JI", NameKind.WEAK_ALIAS));
        assertThat(xml.birthDates()).containsExactly(BirthDate.of(new PartialDate(1950, 6, 5)));
        assertThat(xml.placesOfBirth()).containsExactly("Sargodha, Punjab, Pakistan");
        assertThat(xml.nationalities()).containsExactly("PK");
        assertThat(xml.addresses())
                .containsExactly(new Address(
                        List.of("House No. 116 E", "Mohalla Johar", "Town: Lahore, Tehsil:"),
                        "Lahore City, Lahore District",
                        "",
                        "",
                        "PK",
                        "Pakistan"));

        Entity csv =
                OfacCsvParser.sdn()
                        .parse(TestData.file("ofac_sdn_set_2021-07"), ParseOptions.lenient())
                        .entities()
                        .stream()
                        .filter(e -> e.sourceRef().equals("10689"))
                        .findFirst()
                        .orElseThrow();
        // the same facts, whether OFAC wrote them as XML elements or as remarks and rows of the CSV set
        assertThat(new HashSet<>(xml.names())).isEqualTo(new HashSet<>(csv.names()));
        assertThat(new HashSet<>(xml.identifiers())).isEqualTo(new HashSet<>(csv.identifiers()));
        assertThat(xml.birthDates()).isEqualTo(csv.birthDates());
        assertThat(xml.placesOfBirth()).isEqualTo(csv.placesOfBirth());
        assertThat(xml.nationalities()).isEqualTo(csv.nationalities());
        assertThat(xml.programs()).isEqualTo(csv.programs());
    }

    @Test
    void lenientModeReportsBadEntriesAndToleratesUnknownElements() throws Exception {
        ParsedList l = new OfacXmlParser().parse(fixture("bad_sdn.xml"), ParseOptions.lenient());
        assertThat(l.problems())
                .containsExactly(
                        new ParseProblem(
                                "bad_sdn.xml", "line 4, <Publish_Date>", "'13/45/2023' is not a MM/dd/yyyy date"),
                        new ParseProblem("bad_sdn.xml", "sdnEntry #2 (line 72)", "the entry has no <uid>; skipped"),
                        new ParseProblem(
                                "bad_sdn.xml",
                                "sdnEntry #3 (line 77, uid 503), <sdnType>",
                                "unknown type 'Spaceship' (expected Individual, Entity, Vessel or Aircraft); read as other"),
                        new ParseProblem(
                                "bad_sdn.xml",
                                "sdnEntry #5 (line 111, uid 501)",
                                "uid 501 appears twice; the second entry is skipped"));
        assertThat(l.metadata().publishedAt()).isEmpty();
        assertThat(l.metadata().declaredCount()).isEqualTo(5);
        assertThat(l.entities()).extracting(Entity::sourceRef).containsExactly("501", "503", "504");

        Entity petrov = byRef(l, "501");
        assertThat(petrov.names())
                .containsExactly(
                        new Name("PETROV, Ivan", NameKind.PRIMARY),
                        new Name("VANYA", NameKind.WEAK_ALIAS),
                        new Name("PETROFF, Ivan", NameKind.FORMER_NAME));
        assertThat(petrov.gender()).isEqualTo(Gender.MALE);
        assertThat(petrov.identifiers())
                .containsExactly(new Identifier(IdentifierType.PASSPORT, "7512345678", "RU", "Passport"));
        assertThat(petrov.birthDates())
                .containsExactly(new BirthDate(PartialDate.ofYear(1960), PartialDate.ofYear(1962), true));
        // an unreadable date is kept as written
        assertThat(petrov.remarks())
                .isEqualTo(
                        "Secondary sanctions risk: See Section 11 of Executive Order 14024.; DOB sometime in spring");
        assertThat(byRef(l, "503").type()).isEqualTo(EntityType.OTHER);

        Entity vessel = byRef(l, "504");
        assertThat(vessel.type()).isEqualTo(EntityType.VESSEL);
        assertThat(vessel.identifiers())
                .containsExactly(
                        new Identifier(IdentifierType.IMO_NUMBER, "9187629", "", "Vessel Registration Identification"),
                        new Identifier(IdentifierType.MMSI, "572469210", "", "MMSI"),
                        new Identifier(IdentifierType.CALL_SIGN, "T2EU4", "", "Call Sign"));
        assertThat(vessel.nationalities()).containsExactly("PA");
        assertThat(vessel.links())
                .containsExactly(
                        new Link(LinkKind.LINKED_TO, "NATIONAL IRANIAN TANKER COMPANY", "Linked To"),
                        new Link(LinkKind.OWNED_BY, "SEA OWNERS LTD.", "Vessel Owner"));
        assertThat(vessel.remarks())
                .endsWith("Vessel Type: Crude Oil Tanker; Tonnage: 99,144; GRT: 56,068; Vessel Flag: Panama; "
                        + "Vessel Owner: SEA OWNERS LTD.");
    }

    @Test
    void strictModeStopsAtTheFirstProblem() {
        assertThatThrownBy(() -> new OfacXmlParser().parse(fixture("bad_sdn.xml"), ParseOptions.strictMode()))
                .isInstanceOf(ListParseException.class)
                .hasMessage("bad_sdn.xml: line 4, <Publish_Date>: '13/45/2023' is not a MM/dd/yyyy date");
    }

    @Test
    void aTruncatedFileKeepsTheEntriesBeforeTheBreakAndNamesTheLine(@TempDir Path dir) throws Exception {
        String text = Files.readString(fixture("bad_sdn.xml"), StandardCharsets.UTF_8);
        Path cut = dir.resolve("sdn.xml");
        Files.writeString(cut, text.substring(0, text.indexOf("<sdnEntry>", text.indexOf("<uid>503</uid>"))));
        ParsedList l = new OfacXmlParser().parse(cut, ParseOptions.lenient());
        assertThat(l.entities()).extracting(Entity::sourceRef).containsExactly("501", "503");
        assertThat(l.problems()).last().satisfies(p -> {
            assertThat(p.file()).isEqualTo("sdn.xml");
            assertThat(p.location()).startsWith("line ");
            assertThat(p.reason()).startsWith("malformed XML: ");
        });
        assertThatThrownBy(() -> new OfacXmlParser().parse(cut, ParseOptions.strictMode()))
                .isInstanceOf(ListParseException.class)
                .hasMessageStartingWith("sdn.xml: line 4, <Publish_Date>");
    }

    @Test
    void aFileOfAnotherSchemaIsRefused(@TempDir Path dir) throws Exception {
        Path other = dir.resolve("list.xml");
        Files.writeString(other, "<?xml version=\"1.0\"?><CONSOLIDATED_LIST/>");
        assertThatThrownBy(() -> new OfacXmlParser().parse(other, ParseOptions.lenient()))
                .isInstanceOf(ListParseException.class)
                .hasMessage("list.xml: not an OFAC legacy XML list: the root element is <CONSOLIDATED_LIST>, expected"
                        + " <sdnList>");
    }

    @Test
    void anInternalEntityReadingAFileIsNeverExpanded(@TempDir Path dir) throws Exception {
        Path secret = XxePayloads.secret(dir);
        Path xml = dir.resolve("sdn.xml");
        Files.writeString(xml, XxePayloads.internalEntity(secret, XxePayloads.SDN_TEMPLATE));
        ParsedList l = new OfacXmlParser().parse(xml, ParseOptions.lenient());
        XxePayloads.assertSecretNotRead(l);
        assertThat(l.entities()).isEmpty();
        assertThat(l.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("xxe"));
    }

    @Test
    void anExternalDtdIsNeverLoaded(@TempDir Path dir) throws Exception {
        Path dtd = XxePayloads.dtdDeclaringTheSecret(dir);
        Path xml = dir.resolve("sdn.xml");
        Files.writeString(xml, XxePayloads.externalDtd(dtd, XxePayloads.SDN_TEMPLATE));
        ParsedList l = new OfacXmlParser().parse(xml, ParseOptions.lenient());
        XxePayloads.assertSecretNotRead(l);
        assertThat(l.entities()).isEmpty();
        assertThat(l.problemCount()).isEqualTo(1);
    }

    private static Entity byRef(ParsedList l, String ref) {
        return l.entities().stream()
                .filter(e -> e.sourceRef().equals(ref))
                .findFirst()
                .orElseThrow();
    }

    static Path fixture(String name) throws URISyntaxException {
        return Path.of(OfacXmlParserTest.class
                .getResource("/org/tollgate/lists/ofac/" + name)
                .toURI());
    }
}
