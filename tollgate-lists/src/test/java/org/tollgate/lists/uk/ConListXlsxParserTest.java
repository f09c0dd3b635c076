package org.tollgate.lists.uk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tollgate.lists.parse.xlsx.XlsxFixture.inline;
import static org.tollgate.lists.parse.xlsx.XlsxFixture.row;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tollgate.lists.ListReader;
import org.tollgate.lists.model.Address;
import org.tollgate.lists.model.BirthDate;
import org.tollgate.lists.model.Entity;
import org.tollgate.lists.model.EntityType;
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
import org.tollgate.lists.parse.xlsx.XlsxFixture;
import org.tollgate.lists.testdata.TestData;

class ConListXlsxParserTest {
    private static final String REAL = "uk_ofsi_conlist_2025-04-10/UK_Sanctions_List.xlsx";

    private static ParsedList real;
    private static Map<String, Entity> byRef;

    @TempDir
    Path dir;

    @BeforeAll
    static void readRealFile() throws ListParseException {
        Path file = TestData.locate() == null ? null : TestData.locate().resolve(REAL);
        if (file != null && file.toFile().isFile()) {
            real = ListReader.read(ListFormat.UK_XLSX, file, ParseOptions.strictMode());
            byRef = real.entities().stream().collect(Collectors.toMap(Entity::sourceRef, Function.identity()));
        }
    }

    private static ParsedList real() {
        TestData.file(REAL);
        return real;
    }

    @Test
    void readsEveryTargetOfTheRealList() {
        ParsedList list = real();

        assertThat(list.metadata().publishedAt()).contains(LocalDate.of(2025, 4, 10));
        assertThat(list.metadata().recordCount()).isEqualTo(18_796);
        assertThat(list.metadata().source()).isEqualTo("gb_hmt");
        assertThat(list.problemCount()).isZero();
        assertThat(list.entities()).hasSize(4_686);
        assertThat(list.entities())
                .extracting(Entity::id)
                .doesNotHaveDuplicates()
                .allMatch(id -> id.startsWith("gb_hmt:"));
        // rows by Group Type: Individual 13,691, Entity 5,024, Ship 81
        assertThat(count(list, EntityType.PERSON)).isEqualTo(3_662);
        assertThat(count(list, EntityType.ORGANIZATION)).isEqualTo(1_009);
        assertThat(count(list, EntityType.VESSEL)).isEqualTo(15);
        Map<NameKind, Long> kinds = list.entities().stream()
                .flatMap(e -> e.names().stream())
                .collect(Collectors.groupingBy(Name::kind, Collectors.counting()));
        assertThat(kinds)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        NameKind.PRIMARY, 4_686L,
                        NameKind.STRONG_ALIAS, 7_424L,
                        NameKind.WEAK_ALIAS, 613L,
                        NameKind.FORMER_NAME, 15L,
                        NameKind.ORIGINAL_SCRIPT, 3_226L));
        assertThat(list.entities()).allMatch(e -> e.primaryName().kind() == NameKind.PRIMARY);
    }

    private static long count(ParsedList list, EntityType type) {
        return list.entities().stream().filter(e -> e.type() == type).count();
    }

    @Test
    void mergesTheNameRowsOfOneIndividual() {
        real();
        // Said BAHAJI, Group ID 7059: four name rows, two nationalities, two passports, an Arabic name
        Entity e = byRef.get("7059");

        assertThat(e.id()).isEqualTo("gb_hmt:7059");
        assertThat(e.type()).isEqualTo(EntityType.PERSON);
        assertThat(e.names())
                .containsExactly(
                        new Name("Said BAHAJI", NameKind.PRIMARY),
                        new Name("Mohamed ABBATTAY", NameKind.WEAK_ALIAS),
                        new Name("Abderrahmane AL MAGHRIBI", NameKind.WEAK_ALIAS),
                        new Name("Zouheir AL MAGHRIBI", NameKind.STRONG_ALIAS),
                        new Name("سعيد باهاجى", NameKind.ORIGINAL_SCRIPT));
        assertThat(e.birthDates()).containsExactly(BirthDate.of(new PartialDate(1975, 7, 15)));
        assertThat(e.placesOfBirth()).containsExactly("Haselünne, Lower Saxony, Germany");
        assertThat(e.nationalities()).containsExactly("DE", "MA");
        assertThat(e.identifiers())
                .containsExactly(
                        new Identifier(
                                IdentifierType.PASSPORT,
                                "28642163",
                                "DE",
                                "Passport: German provisional. Issued by the city of Hamburg"),
                        new Identifier(
                                IdentifierType.PASSPORT,
                                "954242",
                                "MA",
                                "Passport: Moroccan. Issued on 28 June 1995 in Meknas, Morocco. Expired"),
                        new Identifier(
                                IdentifierType.NATIONAL_ID,
                                "1336597587",
                                "DE",
                                "National Identification: Germany identity document (\"Bundespersonalausweis\")"));
        assertThat(e.addresses())
                .containsExactly(new Address(List.of("Bunatwiete 23", "Hamburg"), "", "", "21073", "DE", "Germany"));
        assertThat(e.programs()).containsExactly("ISIL (Da'esh) and Al-Qaida");
        assertThat(e.listedOn()).contains(LocalDate.of(2002, 10, 1));
        assertThat(e.remarks()).startsWith("(UK Sanctions List Ref):AQD0300. (UN Ref):QDi.080. Deputy head");
        assertThat(e.links()).isEmpty();
    }

    @Test
    void readsAShipWithItsImoNumberFlagAndOwner() {
        real();
        // SAM JONG 2, Group ID 13651: the ship facts sit in Other Information
        Entity ship = byRef.get("13651");

        assertThat(ship.type()).isEqualTo(EntityType.VESSEL);
        assertThat(ship.names())
                .extracting(Name::value)
                .containsExactly(
                        "SAM JONG 2",
                        "AKTIVA",
                        "BIMA",
                        "OCHRE POINT",
                        "PETROCHEM VALOUR",
                        "RAINBOW CHASER",
                        "SOLVENT DISCOVERER",
                        "TOM MIRA",
                        "YU_JONG_3");
        assertThat(ship.primaryName().value()).isEqualTo("SAM JONG 2");
        assertThat(ship.identifiers())
                .containsExactly(new Identifier(IdentifierType.IMO_NUMBER, "7408873", "", "IMO number"));
        assertThat(ship.nationalities()).containsExactly("KP");
        assertThat(ship.links())
                .containsExactly(new Link(LinkKind.OWNED_BY, "Korea Samjong Shipping", "Current owner"));
        assertThat(ship.programs()).containsExactly("Democratic People's Republic of Korea");
        assertThat(ship.listedOn()).contains(LocalDate.of(2018, 4, 3));
        // all 15 ships carry an IMO number
        assertThat(real.entities().stream().filter(x -> x.type() == EntityType.VESSEL))
                .allMatch(x -> x.identifiers().stream().anyMatch(i -> i.type() == IdentifierType.IMO_NUMBER));
    }

    @Test
    void keepsOnePrimaryNameWhenOfsiGivesTwo() {
        real();
        // Group 16599 has two "Primary name" rows; the first stays primary, the second becomes a strong alias
        Entity e = byRef.get("16599");

        assertThat(e.type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(e.names())
                .containsExactly(
                        new Name(
                                "RADIOLOGICAL CHEMICAL AND BIOLOGICAL DEFENCE TROOPS OF THE MINISTRY OF DEFENCE OF THE"
                                        + " RUSSIAN FEDERATION",
                                NameKind.PRIMARY),
                        new Name("CBR DEFENCE TROOPS", NameKind.STRONG_ALIAS),
                        new Name("MILITARY UNIT NUMBER 52688", NameKind.STRONG_ALIAS),
                        new Name("Войсковая Часть 52688", NameKind.ORIGINAL_SCRIPT, "ru"),
                        new Name("RADIATION CHEMICAL AND BIOLOGICAL DEFENSE TROOPS", NameKind.STRONG_ALIAS),
                        new Name(
                                "Войска Радиационной Химической И Биологической Защиты Министерства Обороны Российской"
                                        + " Федерации",
                                NameKind.ORIGINAL_SCRIPT,
                                "ru"),
                        new Name("RCB DEFENSE TROOPS", NameKind.STRONG_ALIAS),
                        new Name("RCHBD", NameKind.STRONG_ALIAS),
                        new Name("RKHBZ", NameKind.STRONG_ALIAS));
        assertThat(e.identifiers())
                .containsExactly(
                        new Identifier(IdentifierType.REGISTRATION_NUMBER, "1037739635890", "RU", "Business Reg No"));
        assertThat(e.links())
                .containsExactly(new Link(LinkKind.OWNED_BY, "Russian Ministry of Defence", "Parent company"));
        // group 16601 has no "Primary name" row at all: its first variation stands in
        assertThat(byRef.get("16601").primaryName())
                .isEqualTo(new Name("33RD SCIENTIFIC RESEARCH AND TESTING INSTITUTE", NameKind.PRIMARY));
    }

    @Test
    void staysWithinA512MiBHeap() throws Exception {
        Path file = TestData.file(REAL);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process p = new ProcessBuilder(
                        java, "-Xmx512m", "-cp", classpath, ConListHeapProbe.class.getName(), file.toString())
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).contains("entities=4686 problems=0").contains("maxHeapMiB=");
        System.out.println("UK XLSX in -Xmx512m: " + out.strip());
    }

    @Test
    void reportsBadRowsOfAWorkbookWithSheetRowColumnAndReason() throws Exception {
        Path file = badWorkbook();

        ParsedList list = new ConListXlsxParser().parse(file, ParseOptions.lenient());

        assertThat(list.problems())
                .containsExactly(
                        new ParseProblem(
                                "bad.xlsx",
                                "sheet Data, row 4, column DOB",
                                "'1970-02-31' is not a date of birth (dd/mm/yyyy, 00 for an unknown day or month)"),
                        new ParseProblem("bad.xlsx", "sheet Data, row 5, column Group ID", "no Group ID; row skipped"),
                        new ParseProblem(
                                "bad.xlsx",
                                "sheet Data, row 6",
                                "cell D6: shared string index 99 is not in the shared string table"),
                        new ParseProblem(
                                "bad.xlsx",
                                "sheet Data, row 6, column Group Type",
                                "unknown group type 'Spaceship' (expected Individual, Entity or Ship)"));
        assertThat(list.entities()).extracting(Entity::sourceRef).containsExactly("501", "503");
        Entity e = list.entities().get(0);
        assertThat(e.names())
                .containsExactly(
                        new Name("Ivan PETROV", NameKind.PRIMARY), new Name("Iwan PETROFF", NameKind.STRONG_ALIAS));
        // a date stored as a number in a date style reads like OFSI's text dates
        assertThat(e.birthDates()).containsExactly(BirthDate.of(new PartialDate(1964, 9, 22)));
        assertThat(e.listedOn()).contains(LocalDate.of(2022, 3, 15));
        assertThat(list.metadata().publishedAt()).contains(LocalDate.of(2025, 4, 10));

        assertThatThrownBy(() -> new ConListXlsxParser().parse(file, ParseOptions.strictMode()))
                .isInstanceOf(ListParseException.class)
                .hasMessageStartingWith("bad.xlsx: sheet Data, row 4, column DOB: '1970-02-31'");
    }

    @Test
    void readsNothingExternalThroughTheParser() throws Exception {
        String secret = "TOP-SECRET-" + System.nanoTime();
        Path secretFile = Files.writeString(dir.resolve("secret.txt"), secret);
        Path file = new XlsxFixture()
                .sheetXml("<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"" + secretFile.toUri()
                        + "\">]><worksheet xmlns=\"" + XlsxFixture.MAIN_NS + "\"><sheetData>"
                        + row(1, inline("A1", "Name 6"), inline("B1", "Group Type"), inline("C1", "Group ID"))
                        + row(2, inline("A2", "&xxe;"), inline("B2", "Individual"), inline("C2", "1"))
                        + "</sheetData></worksheet>")
                .write(dir.resolve("xxe.xlsx"));

        assertThatThrownBy(() -> new ConListXlsxParser().parse(file, ParseOptions.lenient()))
                .isInstanceOf(ListParseException.class)
                .hasMessageStartingWith("xxe.xlsx: xl/worksheets/sheet1.xml at line 1: malformed XML")
                .hasMessageContaining("xxe")
                .hasMessageNotContaining(secret);
    }

    private Path badWorkbook() throws IOException {
        String styles = "<?xml version=\"1.0\"?><styleSheet xmlns=\"" + XlsxFixture.MAIN_NS + "\"><cellXfs>"
                + "<xf numFmtId=\"0\"/><xf numFmtId=\"14\"/></cellXfs></styleSheet>";
        List<String> rows = new ArrayList<>();
        rows.add(row(1, inline("A1", "Last Updated"), "<c r=\"B1\" s=\"1\"><v>45757</v></c>"));
        rows.add(row(
                2,
                inline("A2", "Name 6"),
                inline("B2", "Name 1"),
                inline("C2", "DOB"),
                inline("D2", "Unknown Column"),
                inline("E2", "Alias Type"),
                inline("F2", "Group Type"),
                inline("G2", "Listed On"),
                inline("H2", "Group ID")));
        rows.add(row(
                3,
                inline("A3", "PETROV"),
                inline("B3", "Ivan"),
                "<c r=\"C3\" s=\"1\"><v>23642</v></c>",
                inline("D3", "whatever"),
                inline("E3", "Primary name"),
                inline("F3", "Individual"),
                inline("G3", "15/03/2022"),
                inline("H3", "501")));
        rows.add(row(
                4,
                inline("A4", "PETROFF"),
                inline("B4", "Iwan"),
                inline("C4", "1970-02-31"),
                inline("E4", "AKA"),
                inline("F4", "Individual"),
                inline("H4", "501")));
        rows.add(row(5, inline("A5", "NOBODY"), inline("F5", "Individual")));
        // a bad shared-string index in the unknown column, and an unknown group type
        rows.add(row(
                6,
                inline("A6", "STARSHIP"),
                "<c r=\"D6\" t=\"s\"><v>99</v></c>",
                inline("F6", "Spaceship"),
                inline("H6", "503")));
        return new XlsxFixture()
                .styles(styles)
                .sharedStrings("<si><t>unused</t></si>")
                .rows(String.join("", rows))
                .write(dir.resolve("bad.xlsx"));
    }
}
