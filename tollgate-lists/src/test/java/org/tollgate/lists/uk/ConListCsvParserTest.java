package org.tollgate.lists.uk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tollgate.lists.ListReader;
import org.tollgate.lists.model.BirthDate;
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

class ConListCsvParserTest {
    @TempDir
    Path dir;

    private static Map<String, Entity> byRef(ParsedList list) {
        return list.entities().stream().collect(Collectors.toMap(Entity::sourceRef, Function.identity()));
    }

    @Test
    void readsTheRealConListExcerpt() throws Exception {
        ParsedList list = ListReader.read(
                ListFormat.UK_CSV, TestData.file("format_excerpts_deriv/sample_hmt.csv"), ParseOptions.strictMode());

        assertThat(list.metadata().publishedAt()).contains(LocalDate.of(2020, 4, 27));
        assertThat(list.metadata().recordCount()).isEqualTo(23);
        assertThat(list.problemCount()).isZero();
        // 23 name rows of 6 targets
        assertThat(list.entities())
                .extracting(Entity::id)
                .containsExactly(
                        "gb_hmt:9053", "gb_hmt:13063", "gb_hmt:13754", "gb_hmt:11039", "gb_hmt:13017", "gb_hmt:9215");
        assertThat(list.entities()).allMatch(e -> e.type() == EntityType.PERSON);

        Map<String, Entity> e = byRef(list);
        // SO Sang-kuk: 14 rows, two spellings over seven birth years; the "Prime Alias" stands in as primary
        Entity so = e.get("11039");
        assertThat(so.names())
                .containsExactly(
                        new Name("Sang-kuk SO", NameKind.PRIMARY), new Name("Sang Kuk SO", NameKind.STRONG_ALIAS));
        assertThat(so.birthDates())
                .extracting(BirthDate::toString)
                .containsExactly("1936", "1937", "1938", "1932", "1933", "1934", "1935");
        assertThat(so.programs()).containsExactly("North Korea (Democratic People's Republic of Korea)");
        assertThat(so.listedOn()).contains(LocalDate.of(2009, 12, 30));

        // HUBARIEVA: dd/mm with 00 parts, and "10/00/1983" (a day without a month) as the year
        assertThat(e.get("13063").birthDates())
                .containsExactly(
                        BirthDate.of(new PartialDate(1983, 7, 5)),
                        BirthDate.of(PartialDate.ofYear(1983)),
                        BirthDate.of(new PartialDate(1984, 4, 0)));
        assertThat(e.get("13063").placesOfBirth()).containsExactly("Kakhovka, Kherson Oblast, Ukraine");

        Entity plotnitskii = e.get("13017");
        assertThat(plotnitskii.names())
                .containsExactly(
                        new Name("Igor Venediktovich PLOTNITSKII", NameKind.PRIMARY),
                        new Name("Игорь Венедиктович ПЛОТНИЦКИЙ", NameKind.ORIGINAL_SCRIPT, "ru"));

        Entity saeed = e.get("9215");
        assertThat(saeed.names())
                .containsExactly(
                        new Name("Hafez Mohammad SAEED", NameKind.PRIMARY),
                        new Name("سعید حافظ محمد", NameKind.ORIGINAL_SCRIPT, "ar"));
        assertThat(saeed.nationalities()).containsExactly("PK");
        assertThat(saeed.birthDates()).containsExactly(BirthDate.of(new PartialDate(1950, 6, 5)));
        assertThat(saeed.placesOfBirth()).containsExactly("Sargodha, Punjab, Pakistan");
        assertThat(saeed.identifiers())
                .containsExactly(
                        new Identifier(IdentifierType.NATIONAL_ID, "3520025509842-7", "PK", "National Identification"));
        assertThat(saeed.addresses()).hasSize(1);
        assertThat(saeed.addresses().get(0).lines())
                .containsExactly(
                        "House No 116E", "Mohalla Johar", "Lahore", "Tehsil", "Lahore City", "Lahore District");
        assertThat(saeed.addresses().get(0).postalCode()).isEqualTo("123321");
        assertThat(saeed.addresses().get(0).countryText()).isEqualTo("Pakistan (location as at May 2008)");
        assertThat(saeed.addresses().get(0).country()).isEqualTo("PK");
        assertThat(saeed.remarks())
                .startsWith("Position: Leader of Lashkar-e-Tayyiba (QDe.118); (UK Sanctions List Ref)");
    }

    @Test
    void reportsEachBadRowWithFileLineColumnAndReasonAndGoesOn() throws Exception {
        ParsedList list = new ConListCsvParser().parse(fixture("conlist_bad.csv"), ParseOptions.lenient());

        assertThat(list.problems())
                .containsExactly(
                        new ParseProblem(
                                "conlist_bad.csv",
                                "line 4, column DOB",
                                "'31/02/1970' is not a date of birth (dd/mm/yyyy, 00 for an unknown day or month)"),
                        new ParseProblem("conlist_bad.csv", "line 5, column Group ID", "no Group ID; row skipped"),
                        new ParseProblem(
                                "conlist_bad.csv",
                                "line 6, column Name 6",
                                "the row has no name (Name 1 to 6 are empty); row skipped"),
                        new ParseProblem(
                                "conlist_bad.csv",
                                "line 7, column Group Type",
                                "unknown group type 'Spaceship' (expected Individual, Entity or Ship)"),
                        new ParseProblem(
                                "conlist_bad.csv",
                                "line 8",
                                "the row has 5 fields but the header has 37 (broken quoting?); row skipped"),
                        new ParseProblem(
                                "conlist_bad.csv",
                                "line 9, column Listed On",
                                "'2020-13-45' is not a dd/mm/yyyy date"));
        assertThat(list.problemCount()).isEqualTo(6);
        assertThat(list.metadata().recordCount()).isEqualTo(7);
        assertThat(list.entities()).extracting(Entity::sourceRef).containsExactly("1001", "1003", "1004");

        // the good rows are whole; the unknown "Internal Note" column is ignored
        Entity petrov = byRef(list).get("1001");
        assertThat(petrov.type()).isEqualTo(EntityType.PERSON);
        assertThat(petrov.names())
                .containsExactly(
                        new Name("Ivan PETROV", NameKind.PRIMARY), new Name("Iwan PETROFF", NameKind.WEAK_ALIAS));
        assertThat(petrov.birthDates()).containsExactly(BirthDate.of(PartialDate.ofYear(1965)));
        assertThat(petrov.nationalities()).containsExactly("RU", "BY");
        assertThat(petrov.identifiers())
                .containsExactly(
                        new Identifier(IdentifierType.PASSPORT, "751234567", "RU", "Passport: Russian. Issued 2015"),
                        new Identifier(IdentifierType.PASSPORT, "MP1234567", "BY", "Passport: Belarusian"));
        assertThat(petrov.gender()).isEqualTo(Gender.MALE);
        assertThat(petrov.listedOn()).contains(LocalDate.of(2022, 3, 15));
        assertThat(byRef(list).get("1003").type()).isEqualTo(EntityType.OTHER);
        assertThat(byRef(list).get("1004").listedOn()).isEmpty();
    }

    @Test
    void strictModeStopsAtTheFirstProblem() {
        assertThatThrownBy(() -> new ConListCsvParser().parse(fixture("conlist_bad.csv"), ParseOptions.strictMode()))
                .isInstanceOf(ListParseException.class)
                .hasMessage("conlist_bad.csv: line 4, column DOB: '31/02/1970' is not a date of birth (dd/mm/yyyy, 00"
                        + " for an unknown day or month)");
    }

    @Test
    void refusesAFileWithoutTheConListHeader() throws Exception {
        Path noGroupType = Files.writeString(dir.resolve("ConList.csv"), "Name 6,Name 1,Group ID\r\nX,Y,1\r\n");
        assertThatThrownBy(() -> new ConListCsvParser().parse(noGroupType, ParseOptions.lenient()))
                .isInstanceOf(ListParseException.class)
                .hasMessage("ConList.csv: line 1: the header lacks the column(s) 'Group Type'");

        Path other = Files.writeString(dir.resolve("other.csv"), "a,b\r\n1,2\r\n");
        assertThatThrownBy(() -> new ConListCsvParser().parse(other, ParseOptions.lenient()))
                .isInstanceOf(ListParseException.class)
                .hasMessage("other.csv: no ConList header (a row with 'Name 6', 'Group Type' and 'Group ID') found");
    }

    @Test
    void readsShipColumnsOfNewerLayouts() throws Exception {
        Path file = Files.writeString(
                dir.resolve("ConList.csv"),
                "\uFEFFLast Updated,01/02/2024\r\n"
                        + "Name 6,Group Type,Alias Type,Regime,Group ID,IMO number,Current believed flag of ship,"
                        + "Current owner/operator (s),Previous flags\r\n"
                        + "OCEAN STAR,Ship,Primary name,Russia,20001,9123456,Cameroon,\"(1) Star Shipping LLC (2) Sea"
                        + " Holdings\",\"Panama; Liberia\"\r\n");

        ParsedList list = new ConListCsvParser().parse(file, ParseOptions.strictMode());

        Entity ship = list.entities().get(0);
        assertThat(list.metadata().publishedAt()).contains(LocalDate.of(2024, 2, 1));
        assertThat(ship.type()).isEqualTo(EntityType.VESSEL);
        assertThat(ship.identifiers())
                .containsExactly(new Identifier(IdentifierType.IMO_NUMBER, "9123456", "", "IMO number"));
        assertThat(ship.nationalities()).containsExactly("CM");
        assertThat(ship.links()).extracting(l -> l.target()).containsExactly("Star Shipping LLC", "Sea Holdings");
        assertThat(ship.remarks()).isEqualTo("Previous flags: Panama; Liberia");
    }

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(ConListCsvParserTest.class.getResource(name).toURI());
    }
}
