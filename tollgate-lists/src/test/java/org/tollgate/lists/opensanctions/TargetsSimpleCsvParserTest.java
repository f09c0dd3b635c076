package org.tollgate.lists.opensanctions;

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
import org.tollgate.lists.ListReader;
import org.tollgate.lists.model.Address;
import org.tollgate.lists.model.BirthDate;
import org.tollgate.lists.model.Entity;
import org.tollgate.lists.model.EntityType;
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

class TargetsSimpleCsvParserTest {
    @TempDir
    Path dir;

    private static Map<String, Entity> byRef(ParsedList list) {
        return list.entities().stream().collect(Collectors.toMap(Entity::sourceRef, Function.identity()));
    }

    @Test
    void readsTheUkraineWarSanctionsExport() throws Exception {
        ParsedList list = ListReader.read(
                ListFormat.OS_SIMPLE_CSV,
                TestData.file("opensanctions/targets_simple_ua_war_sanctions_2026-03-13/targets.simple.csv"),
                ParseOptions.strictMode());

        assertThat(list.metadata().recordCount()).isEqualTo(5_600);
        assertThat(list.problemCount()).isZero();
        assertThat(list.entities()).hasSize(5_600);
        // Person 1,543; Company 1,524 + LegalEntity 1,193; Vessel 1,340
        assertThat(list.entities().stream().collect(Collectors.groupingBy(Entity::type, Collectors.counting())))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        EntityType.PERSON, 1_543L,
                        EntityType.ORGANIZATION, 2_717L,
                        EntityType.VESSEL, 1_340L));
        assertThat(list.entities()).allMatch(e -> e.subList().equals("Ukraine War and Sanctions"));

        Map<String, Entity> e = byRef(list);
        Entity rosalin = e.get("NK-24cf2zYe7LEKhr2zFck73j");
        assertThat(rosalin.id()).isEqualTo("opensanctions:NK-24cf2zYe7LEKhr2zFck73j");
        assertThat(rosalin.type()).isEqualTo(EntityType.VESSEL);
        assertThat(rosalin.names())
                .containsExactly(
                        new Name("ROSALIN", NameKind.PRIMARY),
                        new Name("Ceram Sea", NameKind.STRONG_ALIAS),
                        new Name("Gold Sun", NameKind.STRONG_ALIAS),
                        new Name("Nurkez", NameKind.STRONG_ALIAS));
        assertThat(rosalin.addresses()).extracting(Address::country).containsExactly("LR", "PA", "SG", "ST");
        assertThat(rosalin.identifiers())
                .containsExactly(new Identifier(IdentifierType.IMO_NUMBER, "9253325", "", "IMO"));
        assertThat(rosalin.programs()).containsExactly("UA-WS-MARE");
        assertThat(rosalin.remarks()).isEmpty();

        Entity musaev = e.get("NK-2QPFy3C9hVksGm7Ypukfxz");
        assertThat(musaev.type()).isEqualTo(EntityType.PERSON);
        assertThat(musaev.names())
                .containsExactly(
                        new Name("MUSAEV Shamil Alievich", NameKind.PRIMARY),
                        new Name("МУСАЄВ Шаміль Алієвич", NameKind.ORIGINAL_SCRIPT),
                        new Name("МУСАЕВ Шамиль Алиевич", NameKind.ORIGINAL_SCRIPT));
        assertThat(musaev.birthDates()).containsExactly(BirthDate.of(new PartialDate(1997, 9, 6)));
        assertThat(musaev.addresses()).containsExactly(new Address(null, "", "", "", "RU", ""));
        assertThat(musaev.identifiers()).containsExactly(new Identifier(IdentifierType.OTHER, "053409632091", "", ""));
        assertThat(musaev.programs()).containsExactly("UA-WS-ATHLETES");
        assertThat(musaev.remarks()).startsWith("Participant of the BRICS Sports Games in 2024 in Kazan (russia).");

        Entity plant = e.get("NK-28mqu8V3AzembAmAfehWPd");
        assertThat(plant.type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(plant.primaryName().value()).isEqualTo("JOINT-STOCK COMPANY \"KRASNOZAVODSKY CHEMICAL PLANT\"");
        assertThat(plant.addresses())
                .containsExactly(
                        new Address(null, "", "", "", "RU", ""),
                        new Address(
                                List.of("141321, Moscow region, Sergiev Posad, Krasnozavodsk, Rdultovskogo square, 1"),
                                "",
                                "",
                                "",
                                "",
                                ""));
        assertThat(plant.identifiers())
                .containsExactly(
                        new Identifier(IdentifierType.OTHER, "1125042006462", "", ""),
                        new Identifier(IdentifierType.OTHER, "5042126251", "", ""));
        assertThat(plant.remarks()).startsWith("A russian developer of pyrotechnic products.");
    }

    @Test
    void readsTheOlderLayoutWithoutProgramIds() throws Exception {
        ParsedList list = new TargetsSimpleCsvParser()
                .parse(
                        TestData.file("opensanctions/wd_persons_export_2024-03-10/targets.simple.csv"),
                        ParseOptions.strictMode());

        assertThat(list.entities()).hasSize(5).allMatch(e -> e.type() == EntityType.PERSON);
        Entity hariri = list.entities().get(0);
        assertThat(hariri.id()).isEqualTo("opensanctions:Q296771");
        assertThat(hariri.names())
                .containsExactly(
                        new Name("Saad Hariri", NameKind.PRIMARY),
                        new Name("Hariri", NameKind.STRONG_ALIAS),
                        new Name("Sa'd al-Din", NameKind.STRONG_ALIAS));
        assertThat(hariri.birthDates()).containsExactly(BirthDate.of(new PartialDate(1970, 4, 18)));
        assertThat(hariri.addresses()).extracting(Address::country).containsExactly("FR", "LB", "SA");
        assertThat(hariri.identifiers()).containsExactly(new Identifier(IdentifierType.OTHER, "Q296771", "", ""));
        assertThat(hariri.programs()).isEmpty();
        assertThat(hariri.subList()).isEqualTo("Wikidata Politically Exposed Persons");
    }

    @Test
    void reportsBadRowsAndKeepsTheGoodOnes() throws Exception {
        ParsedList list = new TargetsSimpleCsvParser().parse(fixture("targets_bad.csv"), ParseOptions.lenient());

        assertThat(list.problems())
                .containsExactly(
                        new ParseProblem("targets_bad.csv", "line 3, column id", "no id; row skipped"),
                        new ParseProblem("targets_bad.csv", "line 4 (id NK-1), column id", "duplicate id; row skipped"),
                        new ParseProblem(
                                "targets_bad.csv",
                                "line 5 (id NK-2), column birth_date",
                                "'1970-13' is not a date (YYYY[-MM[-DD]])"),
                        new ParseProblem("targets_bad.csv", "line 6 (id NK-3), column name", "no name; row skipped"),
                        new ParseProblem(
                                "targets_bad.csv",
                                "line 7",
                                "the row has 3 fields but the header has 17 (broken quoting?); row skipped"));
        assertThat(list.entities()).extracting(Entity::sourceRef).containsExactly("NK-1", "NK-2", "NK-5");

        Entity petrov = byRef(list).get("NK-1");
        assertThat(petrov.names())
                .containsExactly(
                        new Name("Ivan Petrov", NameKind.PRIMARY),
                        new Name("Иван Петров", NameKind.ORIGINAL_SCRIPT),
                        new Name("Iwan Petrow", NameKind.STRONG_ALIAS));
        assertThat(petrov.birthDates())
                .containsExactly(BirthDate.of(new PartialDate(1970, 5, 1)), BirthDate.of(PartialDate.ofYear(1971)));
        assertThat(petrov.identifiers())
                .containsExactly(
                        new Identifier(IdentifierType.IMO_NUMBER, "1234567", "", "IMO"),
                        new Identifier(IdentifierType.OTHER, "7701234567", "", ""),
                        new Identifier(IdentifierType.PHONE, "+7 495 000 00 00", "", "Phone"),
                        new Identifier(IdentifierType.EMAIL, "ivan@example.com", "", "Email"));
        assertThat(petrov.remarks()).isEqualTo("Listed for \"reasons\"");
        assertThat(petrov.programs()).containsExactly("EU-UKR");
        // a schema that is no party, vessel or aircraft is still a target: read as other
        assertThat(byRef(list).get("NK-5").type()).isEqualTo(EntityType.OTHER);
        assertThat(byRef(list).get("NK-2").birthDates()).isEmpty();
    }

    @Test
    void strictModeStopsAtTheFirstBadRow() {
        assertThatThrownBy(
                        () -> new TargetsSimpleCsvParser().parse(fixture("targets_bad.csv"), ParseOptions.strictMode()))
                .isInstanceOf(ListParseException.class)
                .hasMessage("targets_bad.csv: line 3, column id: no id; row skipped");
    }

    @Test
    void refusesAFileThatIsNoTargetsExport() throws Exception {
        Path other = Files.writeString(dir.resolve("targets.simple.csv"), "id,caption\n1,x\n");
        assertThatThrownBy(() -> new TargetsSimpleCsvParser().parse(other, ParseOptions.lenient()))
                .isInstanceOf(ListParseException.class)
                .hasMessage("targets.simple.csv: line 1: the header lacks the column 'schema' (is this a"
                        + " targets.simple.csv?)");
    }

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(TargetsSimpleCsvParserTest.class.getResource(name).toURI());
    }
}
