package org.tollgate.lists.ofac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tollgate.lists.model.Address;
import org.tollgate.lists.model.BirthDate;
import org.tollgate.lists.model.Entity;
import org.tollgate.lists.model.EntityType;
import org.tollgate.lists.model.Identifier;
import org.tollgate.lists.model.IdentifierType;
import org.tollgate.lists.model.Name;
import org.tollgate.lists.model.NameKind;
import org.tollgate.lists.model.PartialDate;
import org.tollgate.lists.parse.ListParseException;
import org.tollgate.lists.parse.ParseOptions;
import org.tollgate.lists.parse.ParseProblem;
import org.tollgate.lists.parse.ParsedList;

/**
 * The CSV parser on a small hand-written set in OFAC's format (Windows-1252, CRLF, 0x1A at the end) with one
 * mistake of each kind.
 */
class OfacCsvBadInputTest {
    private static Path set() throws URISyntaxException {
        return Path.of(OfacCsvBadInputTest.class
                        .getResource("/org/tollgate/lists/ofac/bad-sdn-set/sdn.csv")
                        .toURI())
                .getParent();
    }

    @Test
    void lenientModeReportsEachProblemWithFileLineAndReasonAndKeepsTheGoodRows() throws Exception {
        ParsedList l = OfacCsvParser.sdn().parse(set(), ParseOptions.lenient());

        assertThat(l.problems())
                .containsExactly(
                        new ParseProblem(
                                "sdn.csv",
                                "line 2",
                                "expected 12 fields (ent_num, SDN_Name, SDN_Type, Program, Title, Call_Sign, Vess_type,"
                                        + " Tonnage, GRT, Vess_flag, Vess_owner, Remarks) but found 3"),
                        new ParseProblem("sdn.csv", "line 3, field 1 (ent_num)", "'X17' is not an ent_num"),
                        new ParseProblem(
                                "sdn.csv",
                                "line 4, field 1 (ent_num)",
                                "ent_num 1001 already appeared on line 1; row skipped"),
                        new ParseProblem(
                                "sdn.csv",
                                "line 5, field 3 (SDN_Type)",
                                "unknown type 'spaceship' (expected individual, vessel, aircraft or -0-); read as other"),
                        new ParseProblem("sdn.csv", "line 8, field 2 (SDN_Name)", "the name is empty"),
                        new ParseProblem(
                                "sdn_comments.csv", "line 2, field 1 (ent_num)", "ent_num 8888 is not in sdn.csv"),
                        new ParseProblem("alt.csv", "line 3, field 1 (ent_num)", "ent_num 9999 is not in sdn.csv"),
                        new ParseProblem(
                                "alt.csv",
                                "line 4, field 3 (alt_type)",
                                "unknown alias type 'xka' (expected aka, fka or nka); read as a.k.a."),
                        new ParseProblem("add.csv", "line 3, field 1 (ent_num)", "ent_num 9999 is not in sdn.csv"),
                        new ParseProblem(
                                "add.csv",
                                "line 4",
                                "expected at least 5 fields (ent_num, add_num, address, city/state/province/postal"
                                        + " code, country, add_remarks) but found 3"));
        assertThat(l.problemCount()).isEqualTo(10);
        assertThat(l.metadata().recordCount()).isEqualTo(7);

        Map<String, Entity> byRef =
                l.entities().stream().collect(Collectors.toMap(Entity::sourceRef, Function.identity()));
        assertThat(l.entities()).extracting(Entity::sourceRef).containsExactly("1001", "1003", "1004");

        // Windows-1252 text; the weak alias of the remarks and the alt_remarks "weak" marker
        Entity perez = byRef.get("1001");
        assertThat(perez.names())
                .containsExactly(
                        new Name("PÉREZ GÓMEZ, José", NameKind.PRIMARY),
                        new Name("PEREZ GOMEZ, Jose", NameKind.STRONG_ALIAS),
                        new Name("PEPITO", NameKind.WEAK_ALIAS),
                        new Name("PEPE", NameKind.WEAK_ALIAS));
        assertThat(perez.programs()).containsExactly("SDGT", "IRAN");
        assertThat(perez.birthDates())
                .containsExactly(
                        BirthDate.of(new PartialDate(1960, 1, 1)),
                        new BirthDate(PartialDate.ofYear(1962), PartialDate.ofYear(1962), true));
        assertThat(perez.identifiers())
                .containsExactly(new Identifier(IdentifierType.PASSPORT, "A1234567", "IR", "Passport"));
        // the -0- address row adds nothing
        assertThat(perez.addresses())
                .containsExactly(new Address(List.of("1 Main Street"), "Tehran", "", "12345", "IR", "Iran"));

        assertThat(byRef.get("1003").type()).isEqualTo(EntityType.OTHER);
        assertThat(byRef.get("1003").remarks()).isEqualTo("First remark line continued on a second physical line");

        // extra columns are ignored; the remarks continue in sdn_comments.csv mid-word
        Entity extra = byRef.get("1004");
        assertThat(extra.remarks()).isEqualTo("Website www.example.cu; Email Address info@example.cu.");
        assertThat(extra.identifiers())
                .containsExactly(
                        new Identifier(IdentifierType.WEBSITE, "www.example.cu", "", "Website"),
                        new Identifier(IdentifierType.EMAIL, "info@example.cu", "", "Email Address"));
        assertThat(extra.names())
                .containsExactly(
                        new Name("EXTRA COLUMNS S.A.", NameKind.PRIMARY),
                        new Name("EXTRA COLS", NameKind.FORMER_NAME),
                        new Name("ODD TYPE", NameKind.STRONG_ALIAS));
    }

    @Test
    void strictModeStopsAtTheFirstProblem() {
        assertThatThrownBy(() -> OfacCsvParser.sdn().parse(set(), ParseOptions.strictMode()))
                .isInstanceOf(ListParseException.class)
                .hasMessageStartingWith("sdn.csv: line 2: expected 12 fields")
                .satisfies(e -> assertThat(((ListParseException) e).problems())
                        .singleElement()
                        .extracting(ParseProblem::file, ParseProblem::location)
                        .containsExactly("sdn.csv", "line 2"));
    }

    @Test
    void aPrimaryFileGivenByPathReadsItsSiblingsFromTheSameDirectory() throws Exception {
        ParsedList l = OfacCsvParser.sdn().parse(set().resolve("sdn.csv"), ParseOptions.lenient());
        assertThat(l.problemCount()).isEqualTo(10);
        assertThat(l.entities()).hasSize(3);
    }

    @Test
    void aHeaderRowIsSkipped(@TempDir Path dir) throws Exception {
        Files.writeString(
                dir.resolve("sdn.csv"),
                "ent_num,SDN_Name,SDN_Type,Program,Title,Call_Sign,Vess_type,Tonnage,GRT,Vess_flag,Vess_owner,Remarks\r\n"
                        + "36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n");
        ParsedList l = OfacCsvParser.sdn().parse(dir, ParseOptions.strictMode());
        assertThat(l.entities()).extracting(Entity::id).containsExactly("us_ofac_sdn:36");
        assertThat(l.entities().get(0).type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(l.metadata().recordCount()).isEqualTo(1);
    }

    @Test
    void aMissingFileIsRefused(@TempDir Path dir) {
        assertThatThrownBy(() -> OfacCsvParser.sdn().parse(dir.resolve("sdn.csv"), ParseOptions.lenient()))
                .isInstanceOf(ListParseException.class)
                .hasMessage("sdn.csv: no such file or directory");
    }

    @Test
    void theSizeLimitStopsAnOversizedFile(@TempDir Path dir) throws Exception {
        Files.copy(set().resolve("sdn.csv"), dir.resolve("sdn.csv"));
        assertThatThrownBy(() -> OfacCsvParser.sdn().parse(dir, new ParseOptions(false, "", 100)))
                .isInstanceOf(ListParseException.class)
                .hasMessageContaining("sdn.csv")
                .hasMessageContaining("larger than the limit of 100 bytes");
    }

    @Test
    void aSourceOverrideRenamesTheEntities() throws Exception {
        ParsedList l = OfacCsvParser.sdn().parse(set(), ParseOptions.lenient().withSource("custom_ofac"));
        assertThat(l.source()).isEqualTo("custom_ofac");
        assertThat(l.entities()).extracting(Entity::id).contains("custom_ofac:1001");
    }
}
