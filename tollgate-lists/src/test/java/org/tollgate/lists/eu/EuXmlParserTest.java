package org.tollgate.lists.eu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
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

class EuXmlParserTest {
    private static final String SAMPLE = "format_excerpts_deriv/sample_eu.xml";

    private final EuXmlParser parser = new EuXmlParser();

    @Test
    void readsTheRealExcerpt() throws Exception {
        ParsedList list = parser.parse(TestData.file(SAMPLE), ParseOptions.lenient());

        assertThat(list.problemCount()).isZero();
        assertThat(list.metadata().source()).isEqualTo("eu_fsf");
        assertThat(list.metadata().publishedAt()).contains(LocalDate.of(2020, 4, 15));
        assertThat(list.metadata().recordCount()).isEqualTo(7);
        // logicalId 5468 appears twice in the excerpt (a test entry "TestOneWord"): the two are one entity
        assertThat(list.entities())
                .extracting(Entity::sourceRef)
                .containsExactly("5295", "5463", "5468", "191", "5807", "927");
        assertThat(list.entities()).allMatch(e -> e.type() == EntityType.PERSON);
        assertThat(list.entities().stream().flatMap(e -> e.names().stream()))
                .hasSize(15)
                .filteredOn(n -> n.kind() == NameKind.PRIMARY)
                .hasSize(6);
        assertThat(list.entities().stream().mapToInt(e -> e.birthDates().size()).sum())
                .isEqualTo(7);
        assertThat(list.entities().stream()
                        .mapToInt(e -> e.citizenships().size())
                        .sum())
                .isEqualTo(3);
        assertThat(list.entities().stream()
                        .mapToInt(e -> e.identifiers().size())
                        .sum())
                .isEqualTo(3);
        assertThat(list.entities().stream().mapToInt(e -> e.addresses().size()).sum())
                .isEqualTo(2);
        assertThat(byRef(list, "5468").names())
                .containsExactly(
                        new Name("Sok-hwa Hwang", NameKind.PRIMARY), new Name("TestOneWord", NameKind.STRONG_ALIAS));
    }

    @Test
    void oneEntityFieldByField() throws Exception {
        Entity e = byRef(parser.parse(TestData.file(SAMPLE), ParseOptions.lenient()), "927");

        assertThat(e.id()).isEqualTo("eu_fsf:927");
        assertThat(e.type()).isEqualTo(EntityType.PERSON);
        assertThat(e.names()).containsExactly(new Name("Mohamed Ben Belkacem Aouadi", NameKind.PRIMARY));
        assertThat(e.citizenships()).containsExactly("TN");
        assertThat(e.nationalities()).isEmpty();
        assertThat(e.birthDates()).containsExactly(BirthDate.of(new PartialDate(1974, 12, 11)));
        assertThat(e.birthDates().get(0).precision()).isEqualTo(DatePrecision.DAY);
        assertThat(e.placesOfBirth()).containsExactly("Tunis, Tunisia");
        assertThat(e.addresses())
                .containsExactly(new Address(List.of("23 50th Street, Zehrouni"), "Tunis", "", "", "TN", "TUNISIA"));
        assertThat(e.identifiers())
                .containsExactly(
                        new Identifier(IdentifierType.NATIONAL_ID, "04643632", "TN", "National identification card"),
                        new Identifier(IdentifierType.PASSPORT, "L191609", "TN", "National passport"));
        assertThat(e.programs()).containsExactly("TAQA");
        // no designationDate: the earliest publication among the regulations naming the entry (866/2003)
        assertThat(e.listedOn()).contains(LocalDate.of(2003, 5, 20));
        assertThat(e.remarks()).isEqualTo("EU reference number: EU.3343.85; Italian Fiscal Code: DAOMMD74T11Z352Z");
        assertThat(e.gender()).isEqualTo(Gender.UNKNOWN);
    }

    @Test
    void aPersonWithSeveralNamesAndApproximateBirthYear() throws Exception {
        Entity e = byRef(parser.parse(TestData.file(SAMPLE), ParseOptions.lenient()), "5295");

        assertThat(e.names())
                .containsExactly(
                        new Name("Abid Hammadou", NameKind.PRIMARY),
                        new Name("Abdelhamid Abou Zeid", NameKind.STRONG_ALIAS),
                        new Name("Youcef Adel", NameKind.STRONG_ALIAS),
                        new Name("Amor Mohamed Ghedeir", NameKind.STRONG_ALIAS),
                        new Name("Abou Abdellah", NameKind.STRONG_ALIAS));
        assertThat(e.birthDates())
                .containsExactly(
                        BirthDate.of(new PartialDate(1965, 12, 12)),
                        new BirthDate(PartialDate.ofYear(1958), PartialDate.ofYear(1958), true));
        assertThat(e.placesOfBirth())
                .containsExactly(
                        "Touggourt, Wilaya (province) of Ouargla, Algeria",
                        "Deb-Deb, Amenas, Wilaya (province) of Illizi, Algeria");
        assertThat(e.listedOn()).contains(LocalDate.of(2008, 7, 3));
        assertThat(e.remarks()).contains("Reportedly deceased as of 24 February 2013");
    }

    @Test
    void readsEnterprisesWeakAliasesLanguagesAndRanges() throws Exception {
        ParsedList list = parser.parse(resource("variants_eu.xml"), ParseOptions.strictMode());

        assertThat(list.metadata().publishedAt()).contains(LocalDate.of(2024, 3, 1));
        Entity company = byRef(list, "900001");
        assertThat(company.type()).isEqualTo(EntityType.ORGANIZATION);
        // the first strong name is primary even when a weak one comes first
        assertThat(company.names())
                .containsExactly(
                        new Name("Example Trading LLC", NameKind.PRIMARY, "en"),
                        new Name("OOO Primer", NameKind.WEAK_ALIAS, ""),
                        new Name("ООО Пример", NameKind.STRONG_ALIAS, "ru"));
        assertThat(company.identifiers())
                .containsExactly(new Identifier(
                        IdentifierType.REGISTRATION_NUMBER, "1027700000000", "RU", "Registration Number"));
        assertThat(company.addresses())
                .containsExactly(new Address(
                        List.of("Ulitsa Primera 1", "P.O. Box 12"),
                        "Moscow",
                        "",
                        "101000",
                        "RU",
                        "RUSSIAN FEDERATION"));
        assertThat(company.programs()).containsExactly("UKR");
        assertThat(company.listedOn()).contains(LocalDate.of(2022, 2, 23));
        assertThat(company.remarks())
                .contains("Registration Number 1027700000000: known to be false")
                .contains("Registered 2001.");

        Entity person = byRef(list, "900002");
        assertThat(person.names()).containsExactly(new Name("Ali Example", NameKind.PRIMARY));
        assertThat(person.gender()).isEqualTo(Gender.FEMALE);
        assertThat(person.birthDates())
                .containsExactly(
                        new BirthDate(PartialDate.ofYear(1960), PartialDate.ofYear(1962), false),
                        BirthDate.of(new PartialDate(1961, 5, 0)));
        // "00"/UNKNOWN is no country; a description without code is still read
        assertThat(person.citizenships()).containsExactly("SY");
        assertThat(person.listedOn()).contains(LocalDate.of(2011, 5, 10));
        assertThat(person.remarks()).contains("UN reference number: QDi.999").contains("Title: Dr.");
    }

    @Test
    void badEntriesAreReportedWithFileElementAndReason() throws Exception {
        ParsedList list = parser.parse(resource("bad_eu.xml"), ParseOptions.lenient());

        assertThat(list.entities()).extracting(Entity::sourceRef).containsExactly("910001", "910003");
        assertThat(list.problems())
                .containsExactly(
                        new ParseProblem("bad_eu.xml", "sanctionEntity #2 (line 7)", "no logicalId; entry skipped"),
                        new ParseProblem(
                                "bad_eu.xml",
                                "sanctionEntity #3 (line 11, logicalId 910003), designationDate",
                                "not a date: '2022-02-31'"),
                        new ParseProblem(
                                "bad_eu.xml",
                                "sanctionEntity #3 (line 11, logicalId 910003), birthdate (line 14, logicalId 910501)",
                                "not a valid date: year '1961', month '13', day '' (month out of range: 13)"),
                        new ParseProblem(
                                "bad_eu.xml",
                                "sanctionEntity #3 (line 11, logicalId 910003), birthdate (line 15, logicalId 910502)",
                                "birthdate is not a date: '1965-02-30'"),
                        new ParseProblem(
                                "bad_eu.xml",
                                "sanctionEntity #4 (line 18, logicalId 910004)",
                                "no nameAlias with a name; entry skipped"));
        Entity kept = byRef(list, "910003");
        assertThat(kept.citizenships()).containsExactly("IQ");
        assertThat(kept.birthDates()).isEmpty();
        assertThat(kept.listedOn()).isEmpty();
    }

    @Test
    void strictModeStopsAtTheFirstProblem() throws Exception {
        Path bad = resource("bad_eu.xml");
        ListParseException e =
                catchThrowableOfType(ListParseException.class, () -> parser.parse(bad, ParseOptions.strictMode()));

        assertThat(e.problems())
                .containsExactly(
                        new ParseProblem("bad_eu.xml", "sanctionEntity #2 (line 7)", "no logicalId; entry skipped"));
    }

    @Test
    void aTruncatedFileIsRefusedEvenInLenientMode() {
        assertThatThrownBy(() -> parser.parse(resource("truncated_eu.xml"), ParseOptions.lenient()))
                .isInstanceOf(ListParseException.class)
                .hasMessageStartingWith("truncated_eu.xml: line ")
                .hasMessageContaining("not well-formed XML");
    }

    @Test
    void externalEntitiesInAttributesAndTextAreNeverExpanded(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        String doctype =
                "<?xml version=\"1.0\"?>\n<!DOCTYPE export [ <!ENTITY xxe SYSTEM \"" + secret.toUri() + "\"> ]>\n";
        Path inAttribute = dir.resolve("attribute.xml");
        Files.writeString(
                inAttribute,
                doctype + "<export xmlns=\"http://eu.europa.ec/fpi/fsd/export\"><sanctionEntity logicalId=\"1\">"
                        + "<nameAlias wholeName=\"A &xxe; B\" strong=\"true\"/></sanctionEntity></export>\n");
        Path inText = dir.resolve("text.xml");
        Files.writeString(
                inText,
                doctype + "<export xmlns=\"http://eu.europa.ec/fpi/fsd/export\"><sanctionEntity logicalId=\"1\">"
                        + "<nameAlias wholeName=\"A\" strong=\"true\"/><remark>&xxe;</remark></sanctionEntity></export>\n");

        for (Path payload : List.of(inAttribute, inText)) {
            Throwable thrown =
                    catchThrowableOfType(ListParseException.class, () -> parser.parse(payload, ParseOptions.lenient()));
            assertThat(thrown).isNotNull().hasMessageContaining(payload.getFileName() + ": line 3");
            assertThat(thrown.getMessage()).doesNotContain("TOP-SECRET-CONTENT");
        }
    }

    @Test
    void listReaderUsesThisParser() {
        assertThat(ListReader.parserFor(ListFormat.EU_XML)).isInstanceOf(EuXmlParser.class);
    }

    private static Entity byRef(ParsedList list, String ref) {
        return list.entities().stream()
                .filter(e -> e.sourceRef().equals(ref))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no entity " + ref));
    }

    private Path resource(String name) throws URISyntaxException {
        return Path.of(getClass().getResource(name).toURI());
    }
}
