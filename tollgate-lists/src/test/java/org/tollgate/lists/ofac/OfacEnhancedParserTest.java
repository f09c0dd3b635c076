package org.tollgate.lists.ofac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
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

/** The ENHANCED XML parser on the real zipped consolidated file, a hand-written sample and hostile input. */
class OfacEnhancedParserTest {
    private static ParsedList cons;

    @BeforeAll
    static void readConsolidated() throws ListParseException {
        cons = new OfacEnhancedParser()
                .parse(
                        TestData.file("ofac_consolidated_nonsdn_enhanced_2025-01/CONS_ENHANCED.ZIP"),
                        ParseOptions.strictMode());
    }

    @Test
    void readsTheZippedConsolidatedFile() {
        assertThat(cons.problemCount()).isZero();
        assertThat(cons.metadata().format()).isEqualTo(ListFormat.OFAC_ENHANCED);
        assertThat(cons.source()).isEqualTo("us_ofac_cons");
        assertThat(cons.metadata().origin()).isEqualTo("CONS_ENHANCED.ZIP");
        assertThat(cons.metadata().publishedAt()).contains(LocalDate.of(2025, 1, 10));
        assertThat(cons.entities()).hasSize(443);
        assertThat(cons.entities().stream().collect(Collectors.groupingBy(Entity::type, Collectors.counting())))
                .isEqualTo(Map.of(EntityType.PERSON, 80L, EntityType.ORGANIZATION, 363L));
        assertThat(cons.entities().stream()
                        .flatMap(e -> e.names().stream())
                        .collect(Collectors.groupingBy(Name::kind, Collectors.counting())))
                .isEqualTo(Map.of(
                        NameKind.PRIMARY, 443L,
                        NameKind.STRONG_ALIAS, 925L,
                        NameKind.WEAK_ALIAS, 70L,
                        NameKind.FORMER_NAME, 141L,
                        NameKind.ORIGINAL_SCRIPT, 45L));
        // 283 relationships, all but one to an entity of the same file
        List<Link> links =
                cons.entities().stream().flatMap(e -> e.links().stream()).toList();
        assertThat(links).hasSize(283);
        assertThat(links)
                .filteredOn(k -> k.target().startsWith("us_ofac_cons:"))
                .hasSize(282);
        assertThat(links.stream().collect(Collectors.groupingBy(Link::kind, Collectors.counting())))
                .isEqualTo(Map.of(LinkKind.OWNED_BY, 278L, LinkKind.OWNS, 4L, LinkKind.LINKED_TO, 1L));
    }

    @Test
    void bankFieldByField() {
        Entity bank = byRef(cons, "17017");
        assertThat(bank.id()).isEqualTo("us_ofac_cons:17017");
        assertThat(bank.type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(bank.names())
                .containsExactly(
                        new Name("BM BANK JSC", NameKind.PRIMARY),
                        new Name(
                                "JOINT STOCK COMMERCIAL BANK - BANK OF MOSCOW OPEN JOINT STOCK COMPANY",
                                NameKind.STRONG_ALIAS),
                        new Name(
                                "AKTSIONERNY KOMMERCHESKI BANK BANK MOSKVY OTKRYTOE AKTSIONERNOE OBSCHCHESTVO",
                                NameKind.FORMER_NAME),
                        new Name("BANK MOSKVY PAO", NameKind.FORMER_NAME),
                        new Name("BANK OF MOSCOW", NameKind.FORMER_NAME),
                        new Name("BM BANK PUBLIC JOINT STOCK COMPANY", NameKind.STRONG_ALIAS),
                        new Name("PAO BM BANK", NameKind.STRONG_ALIAS),
                        new Name("BM BANK AO", NameKind.STRONG_ALIAS));
        assertThat(bank.programs()).containsExactly("UKRAINE-EO13662", "RUSSIA-EO14024");
        assertThat(bank.subList()).isEqualTo("Sectoral Sanctions Identifications List; SDN List");
        assertThat(bank.listedOn()).contains(LocalDate.of(2014, 7, 29));
        assertThat(bank.addresses())
                .containsExactly(
                        new Address(List.of("8/15 Korp. 3 ul. Rozhdestvenka"), "Moscow", "", "107996", "RU", "Russia"),
                        new Address(
                                List.of("Bld 3 8/15", "Rozhdestvenka St."), "Moscow", "", "107996", "RU", "Russia"));
        assertThat(bank.identifiers())
                .containsExactly(
                        new Identifier(IdentifierType.SWIFT_BIC, "MOSWRUMM", "", "SWIFT/BIC"),
                        new Identifier(IdentifierType.OTHER, "044525219", "", "BIK (RU)"),
                        new Identifier(IdentifierType.REGISTRATION_NUMBER, "1027700159497", "RU", "Registration ID"),
                        new Identifier(
                                IdentifierType.REGISTRATION_NUMBER, "29292940", "RU", "Government Gazette Number"));
        // 17013 (VTB) is in the same file: the link names its id
        assertThat(bank.links())
                .containsExactly(new Link(LinkKind.OWNED_BY, "us_ofac_cons:17013", "Owned or Controlled By"));
        assertThat(byRef(cons, "17013").primaryName().value()).isEqualTo("VTB BANK PUBLIC JOINT STOCK COMPANY");
        assertThat(bank.remarks())
                .startsWith("For more information on directives")
                .contains("Executive Order 13662 Directive Determination - Subject to Directive 1")
                .contains("Target Type Financial Institution");
    }

    @Test
    void personFieldByField() {
        Entity haniya = byRef(cons, "9639");
        assertThat(haniya.type()).isEqualTo(EntityType.PERSON);
        assertThat(haniya.names())
                .containsExactly(
                        new Name("HANIYA, Ismail Abdul Salah", NameKind.PRIMARY),
                        new Name("HANIYA, Ismail", NameKind.STRONG_ALIAS),
                        new Name("HANIYYA, Ismaeel", NameKind.STRONG_ALIAS));
        assertThat(haniya.birthDates()).containsExactly(BirthDate.of(PartialDate.ofYear(1962)));
        assertThat(haniya.placesOfBirth()).containsExactly("Shati");
        assertThat(haniya.programs()).containsExactly("NS-PLC");
        assertThat(haniya.subList()).isEqualTo("Non-SDN Palestinian Legislative Council List");
        // its address has neither parts nor a country, so it is no address
        assertThat(haniya.addresses()).isEmpty();

        Entity vtb = byRef(cons, "17013");
        assertThat(vtb.names())
                .contains(new Name("БАНК ВТБ ПУБЛИЧНОЕ АКЦИОНЕРНОЕ ОБЩЕСТВО", NameKind.ORIGINAL_SCRIPT, "Cyrl"));
    }

    @Test
    void readsEveryKindOfFeatureOfAHandWrittenSample() throws Exception {
        ParsedList l = new OfacEnhancedParser()
                .parse(OfacXmlParserTest.fixture("sdn_enhanced_sample.xml"), ParseOptions.lenient());
        assertThat(l.source()).isEqualTo("us_ofac_sdn");
        assertThat(l.metadata().publishedAt()).contains(LocalDate.of(2025, 2, 3));
        assertThat(l.problems())
                .containsExactly(
                        new ParseProblem(
                                "sdn_enhanced_sample.xml",
                                "entity #4 (line 291)",
                                "the entity has no id attribute; skipped"),
                        new ParseProblem(
                                "sdn_enhanced_sample.xml",
                                "entity #5 (line 296, id 400)",
                                "the entity has no primary name; skipped"));
        assertThat(l.entities())
                .extracting(Entity::id)
                .containsExactly("us_ofac_sdn:100", "us_ofac_sdn:200", "us_ofac_sdn:300");

        Entity person = byRef(l, "100");
        assertThat(person.type()).isEqualTo(EntityType.PERSON);
        assertThat(person.names())
                .containsExactly(
                        new Name("SIDOROV, Ivan Ivanovich", NameKind.PRIMARY),
                        new Name("СИДОРОВ, Иван Иванович", NameKind.ORIGINAL_SCRIPT, "Cyrl"),
                        new Name("VANYA", NameKind.WEAK_ALIAS),
                        new Name("SIDOROFF, Ivan", NameKind.FORMER_NAME));
        // "circa 1970", and a date whose text is unreadable, taken from its bounds
        assertThat(person.birthDates())
                .containsExactly(
                        new BirthDate(PartialDate.ofYear(1970), PartialDate.ofYear(1970), true),
                        BirthDate.of(new PartialDate(1972, 3, 0)));
        assertThat(person.placesOfBirth()).containsExactly("Moscow, Russia");
        assertThat(person.nationalities()).containsExactly("RU");
        assertThat(person.citizenships()).containsExactly("RU");
        assertThat(person.gender()).isEqualTo(Gender.MALE);
        assertThat(person.identifiers())
                .containsExactly(
                        new Identifier(
                                IdentifierType.DIGITAL_CURRENCY_ADDRESS,
                                "1BoatSLRHtKNngkdXEeobR76b53LETtpyT",
                                "",
                                "Digital Currency Address - XBT"),
                        new Identifier(IdentifierType.PASSPORT, "7512345678", "RU", "Passport"));
        assertThat(person.addresses())
                .containsExactly(new Address(List.of("1 Tverskaya Street"), "Moscow", "", "125009", "RU", "Russia"));
        assertThat(person.programs()).containsExactly("RUSSIA-EO14024", "CYBER2");
        assertThat(person.listedOn()).contains(LocalDate.of(2022, 2, 24));
        assertThat(person.links())
                .containsExactly(
                        new Link(LinkKind.LINKED_TO, "us_ofac_sdn:300", "Associate Of"),
                        new Link(LinkKind.LINKED_TO, "SOMEONE ON ANOTHER LIST", "Associate Of (OFAC id 999)"));
        assertThat(person.remarks())
                .isEqualTo("Handwritten sample, not a real person.; Secondary sanctions risk: See Section 11 of "
                        + "Executive Order 14024.");

        Entity vessel = byRef(l, "200");
        assertThat(vessel.type()).isEqualTo(EntityType.VESSEL);
        assertThat(vessel.identifiers())
                .containsExactly(
                        new Identifier(IdentifierType.CALL_SIGN, "T2EU4", "", "Vessel Call Sign"),
                        new Identifier(IdentifierType.IMO_NUMBER, "9187629", "", "Vessel Registration Identification"),
                        new Identifier(IdentifierType.MMSI, "572469210", "", "MMSI"));
        assertThat(vessel.nationalities()).containsExactly("PA");
        assertThat(vessel.links())
                .containsExactly(new Link(LinkKind.OWNED_BY, "us_ofac_sdn:300", "Owned or Controlled By"));
        assertThat(vessel.remarks()).isEqualTo("VESSEL TYPE Crude Oil Tanker");

        Entity owner = byRef(l, "300");
        assertThat(owner.links())
                .containsExactly(new Link(LinkKind.OWNS, "us_ofac_sdn:200", "Owns, controls, or operates"));
        assertThat(owner.remarks()).isEqualTo("Organization Established Date 05 May 2001");
    }

    @Test
    void strictModeStopsAtTheFirstProblem() {
        assertThatThrownBy(() -> new OfacEnhancedParser()
                        .parse(OfacXmlParserTest.fixture("sdn_enhanced_sample.xml"), ParseOptions.strictMode()))
                .isInstanceOf(ListParseException.class)
                .hasMessage("sdn_enhanced_sample.xml: entity #4 (line 291): the entity has no id attribute; skipped");
    }

    @Test
    void theSourceFollowsTheOverrideTheFileNameOrThePublicationFilter(@TempDir Path dir) throws Exception {
        assertThat(new OfacEnhancedParser()
                        .parse(
                                TestData.file("ofac_consolidated_nonsdn_enhanced_2025-01/CONS_ENHANCED.ZIP"),
                                ParseOptions.lenient().withSource("us_ofac_sdn"))
                        .entities()
                        .get(0)
                        .id())
                .isEqualTo("us_ofac_sdn:9639");
        // a name that says nothing: the filter of the file names the Consolidated List
        Path renamed = dir.resolve("enhanced.zip");
        Files.copy(TestData.file("ofac_consolidated_nonsdn_enhanced_2025-01/CONS_ENHANCED.ZIP"), renamed);
        assertThat(new OfacEnhancedParser()
                        .parse(renamed, ParseOptions.lenient())
                        .source())
                .isEqualTo("us_ofac_cons");
        assertThat(OfacEnhancedParser.sourceFor("SDN_ENHANCED.XML", ParseOptions.lenient(), List.of("SDN List")))
                .isEqualTo("us_ofac_sdn");
    }

    @Test
    void readsTheXmlEntryOfAZip(@TempDir Path dir) throws Exception {
        Path zip = dir.resolve("SDN_ENHANCED.ZIP");
        try (OutputStream out = Files.newOutputStream(zip);
                ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("README.txt"));
            z.write("not the list".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("SDN_ENHANCED.XML"));
            z.write(Files.readAllBytes(OfacXmlParserTest.fixture("sdn_enhanced_sample.xml")));
        }
        ParsedList l = new OfacEnhancedParser().parse(zip, ParseOptions.lenient());
        assertThat(l.entities()).hasSize(3);
        assertThat(l.problems()).extracting(ParseProblem::file).containsOnly("SDN_ENHANCED.ZIP");
    }

    @Test
    void anInternalEntityReadingAFileIsNeverExpanded(@TempDir Path dir) throws Exception {
        Path secret = XxePayloads.secret(dir);
        Path xml = dir.resolve("SDN_ENHANCED.XML");
        Files.writeString(xml, XxePayloads.internalEntity(secret, XxePayloads.ENHANCED_TEMPLATE));
        ParsedList l = new OfacEnhancedParser().parse(xml, ParseOptions.lenient());
        XxePayloads.assertSecretNotRead(l);
        assertThat(l.entities()).isEmpty();
        assertThat(l.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("xxe"));
    }

    @Test
    void anExternalDtdIsNeverLoaded(@TempDir Path dir) throws Exception {
        Path dtd = XxePayloads.dtdDeclaringTheSecret(dir);
        Path xml = dir.resolve("SDN_ENHANCED.XML");
        Files.writeString(xml, XxePayloads.externalDtd(dtd, XxePayloads.ENHANCED_TEMPLATE));
        ParsedList l = new OfacEnhancedParser().parse(xml, ParseOptions.lenient());
        XxePayloads.assertSecretNotRead(l);
        assertThat(l.entities()).isEmpty();
        assertThat(l.problemCount()).isEqualTo(1);
    }

    @Test
    void aFileOfAnotherSchemaIsRefused(@TempDir Path dir) throws Exception {
        Path other = dir.resolve("SDN.XML");
        Files.writeString(other, "<?xml version=\"1.0\"?><sdnList xmlns=\"http://tempuri.org/sdnList.xsd\"/>");
        assertThatThrownBy(() -> new OfacEnhancedParser().parse(other, ParseOptions.lenient()))
                .isInstanceOf(ListParseException.class)
                .hasMessage("SDN.XML: not an OFAC ENHANCED XML list: the root element is <sdnList>, expected"
                        + " <sanctionsData>");
    }

    private static Entity byRef(ParsedList l, String ref) {
        return l.entities().stream()
                .filter(e -> e.sourceRef().equals(ref))
                .findFirst()
                .orElseThrow();
    }
}
