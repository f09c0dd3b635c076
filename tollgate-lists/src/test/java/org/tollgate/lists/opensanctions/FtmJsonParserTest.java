package org.tollgate.lists.opensanctions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
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

class FtmJsonParserTest {
    private static final String ZAKHAROV = "NK-aU5ybkbRFJucf8YMwsJvDw";
    private static final String ZALA_AERO = "NK-cPks3aTbes8k4aCerfBAzN";
    private static final String LLC_CST = "NK-abdzbEBkqyT29GyREbiURZ";

    private static Map<String, Entity> byRef(ParsedList list) {
        return list.entities().stream().collect(Collectors.toMap(Entity::sourceRef, Function.identity()));
    }

    private static Map<EntityType, Long> types(ParsedList list) {
        return list.entities().stream().collect(Collectors.groupingBy(Entity::type, Collectors.counting()));
    }

    @Test
    void readsTheZalaCluster() throws Exception {
        ParsedList list = ListReader.read(
                ListFormat.FTM_JSON,
                TestData.file("opensanctions/ftm_sanctions_cluster_zala/entities.ftm.json"),
                ParseOptions.strictMode());

        // 91 records: Person 6, Company 11 become entities; Sanction 41, Ownership 14, Address 11, Family 4,
        // Directorship 3 and Passport 1 are folded into them
        assertThat(list.metadata().recordCount()).isEqualTo(91);
        assertThat(list.problemCount()).isZero();
        assertThat(types(list))
                .containsExactlyInAnyOrderEntriesOf(Map.of(EntityType.PERSON, 6L, EntityType.ORGANIZATION, 11L));
        List<Link> all =
                list.entities().stream().flatMap(e -> e.links().stream()).toList();
        assertThat(all.stream().filter(l -> l.kind() == LinkKind.OWNED_BY)).hasSize(14);
        assertThat(all.stream().filter(l -> l.kind() == LinkKind.OWNS)).hasSize(14);
        // 4 Family and 3 Directorship records, each a link on both ends
        assertThat(all.stream().filter(l -> l.kind() == LinkKind.LINKED_TO)).hasSize(14);
        assertThat(all).allMatch(l -> l.target().startsWith("opensanctions:"));
    }

    @Test
    void readsAlexanderZakharovFieldByField() throws Exception {
        Entity e = byRef(new FtmJsonParser()
                        .parse(
                                TestData.file("opensanctions/ftm_sanctions_cluster_zala/entities.ftm.json"),
                                ParseOptions.strictMode()))
                .get(ZAKHAROV);

        assertThat(e.id()).isEqualTo("opensanctions:" + ZAKHAROV);
        assertThat(e.type()).isEqualTo(EntityType.PERSON);
        assertThat(e.primaryName()).isEqualTo(new Name("Alexander Vyacheslavovich ZAKHAROV", NameKind.PRIMARY));
        assertThat(e.names())
                .contains(
                        new Name("Aleksandr Vyacheslavovich Zakharov", NameKind.STRONG_ALIAS),
                        new Name("Александр Вячеславович Захаров", NameKind.ORIGINAL_SCRIPT),
                        new Name("Zakharov Oleksandr Viacheslavovych", NameKind.STRONG_ALIAS))
                .hasSize(17);
        assertThat(e.birthDates()).containsExactly(BirthDate.of(new PartialDate(1965, 9, 21)));
        assertThat(e.placesOfBirth()).contains("Izhevsk, Russian Federation").hasSize(7);
        assertThat(e.nationalities()).containsExactly("RU");
        assertThat(e.citizenships()).containsExactly("RU");
        assertThat(e.gender()).isEqualTo(Gender.MALE);
        assertThat(e.identifiers())
                .containsExactly(
                        new Identifier(IdentifierType.TAX_ID, "183111242406", "RU", "INN"),
                        new Identifier(IdentifierType.REGISTRATION_NUMBER, "RSCWQEZSPEN9", "US", "Unique Entity ID"),
                        new Identifier(IdentifierType.REGISTRATION_NUMBER, "M57DAD27NLC8", "US", "Unique Entity ID"));
        assertThat(e.addresses())
                .containsExactly(
                        new Address(List.of("272 Pushkinskaya Street, Apt 41"), "Izhevsk", "", "426008", "RU", ""),
                        new Address(List.of("IZHEVSK, 426008"), "", "", "", "", ""));
        assertThat(e.programs())
                .containsExactly(
                        "UA-SA1644", "US-RUSHAR", "NZ-RSA2022", "SECO-UKRAINE", "GB-RUS", "EU-UKR", "Reciprocal");
        assertThat(e.listedOn()).contains(LocalDate.of(2023, 7, 1));
        assertThat(e.remarks())
                .contains("Function: Owner of LLC CST")
                .contains("Sanction by Office of Foreign Assets Control (US); program: RUSSIA-EO14024");
        assertThat(e.subList())
                .startsWith("gb_coh_disqualified; mc_fund_freezes;")
                .endsWith("; us_trade_csl");
        assertThat(e.url()).isEqualTo("https://gels-avoirs.dgtresor.gouv.fr/Gels/RegistreDetail?idRegistre=7952");
        // ten holdings, four family members, two directorships
        assertThat(e.links().stream().filter(l -> l.kind() == LinkKind.OWNS)).hasSize(10);
        assertThat(e.links())
                .contains(
                        new Link(
                                LinkKind.OWNS,
                                "opensanctions:" + ZALA_AERO,
                                "Ownership: from 2024-03-22, until 2024-06-24"),
                        new Link(LinkKind.OWNS, "opensanctions:" + LLC_CST, "Ownership: 51%, from 2015-11-25"),
                        new Link(LinkKind.LINKED_TO, "opensanctions:" + LLC_CST, "Directorship: Leader or official of"),
                        new Link(
                                LinkKind.LINKED_TO,
                                "opensanctions:NK-JseaPJctnK9o8wrmz8xmoT",
                                "Family: Family member of"))
                .hasSize(16);
    }

    @Test
    void foldsOwnershipIntoZalaAeroAndLlcCst() throws Exception {
        Map<String, Entity> e = byRef(new FtmJsonParser()
                .parse(
                        TestData.file("opensanctions/ftm_sanctions_cluster_zala/entities.ftm.json"),
                        ParseOptions.strictMode()));

        Entity zala = e.get(ZALA_AERO);
        assertThat(zala.type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(zala.names())
                .containsExactly(
                        new Name("Акціонерне товариство \"Зала Аеро\"", NameKind.PRIMARY),
                        new Name("ZALA AERO JSC", NameKind.STRONG_ALIAS),
                        new Name("Joint-Stock Company \"Zala Aero\"", NameKind.STRONG_ALIAS),
                        new Name("JOINT-STOCK COMPANY ZALA AERO", NameKind.STRONG_ALIAS),
                        new Name("Акционерное общество \"Зала Аэро\"", NameKind.ORIGINAL_SCRIPT),
                        new Name("Aktsionerne tovarystvo \"Zala Aero\"", NameKind.STRONG_ALIAS));
        assertThat(zala.links())
                .containsExactly(new Link(
                        LinkKind.OWNED_BY,
                        "opensanctions:" + ZAKHAROV,
                        "Ownership: from 2024-03-22, until 2024-06-24"));
        assertThat(zala.identifiers())
                .containsExactly(
                        new Identifier(IdentifierType.TAX_ID, "9715478507", "RU", "INN"),
                        new Identifier(IdentifierType.REGISTRATION_NUMBER, "1247700258651", "RU", "OGRN"));
        assertThat(zala.nationalities()).containsExactly("RU");
        assertThat(zala.programs()).containsExactly("UA-WS-MILIND", "UA-SA1644", "UA-WS-UAVS");
        assertThat(zala.subList()).isEqualTo("ext_ru_egrul; ua_nsdc_sanctions; ua_war_sanctions");
        assertThat(zala.addresses()).hasSize(6).contains(new Address(null, "", "", "", "RU", ""));

        // LLC CST is owned by Zakharov (three records), Kalashnikov (two), Zakharova and TransKomplektHolding
        Entity cst = e.get(LLC_CST);
        assertThat(cst.links().stream().filter(l -> l.kind() == LinkKind.OWNED_BY))
                .extracting(Link::target)
                .containsExactlyInAnyOrder(
                        "opensanctions:" + ZAKHAROV,
                        "opensanctions:" + ZAKHAROV,
                        "opensanctions:" + ZAKHAROV,
                        "opensanctions:NK-nR5AXM9AVPq4pQaSPSaVam",
                        "opensanctions:NK-nR5AXM9AVPq4pQaSPSaVam",
                        "opensanctions:NK-DQ98GPMgdVH8DSZd8g9Xtc",
                        "opensanctions:NK-DSxJ9ZzHxBBMyEMnnTBhai");
        assertThat(cst.links())
                .contains(new Link(
                        LinkKind.OWNED_BY, "opensanctions:NK-nR5AXM9AVPq4pQaSPSaVam", "Ownership: subsidiary of"));

        // a company OpenSanctions carries only for its links is kept, and says so
        assertThat(e.get("ru-inn-5920040846").remarks())
                .isEqualTo("OpenSanctions lists this entity for its links to targets; it is not a target itself");
    }

    @Test
    void readsTheT1SampleWithoutAFinalNewline() throws Exception {
        ParsedList list = new FtmJsonParser()
                .parse(TestData.file("opensanctions/ftm_sample_t1/entities.ftm.json"), ParseOptions.strictMode());

        assertThat(list.metadata().recordCount()).isEqualTo(7);
        assertThat(types(list))
                .containsExactlyInAnyOrderEntriesOf(Map.of(EntityType.PERSON, 4L, EntityType.ORGANIZATION, 2L));
        Entity soyko = byRef(list).get("NK-2Myxbs6wX9xFKGoQn3sLaY");
        assertThat(soyko.primaryName().value()).isEqualTo("Viktor Vladimirovitj Sojko");
        assertThat(soyko.names()).contains(new Name("Віктар Уладзіміравіч СОЙКА", NameKind.ORIGINAL_SCRIPT));
        assertThat(soyko.birthDates()).containsExactly(BirthDate.of(new PartialDate(1971, 7, 3)));
        assertThat(soyko.placesOfBirth()).containsExactly("BELARUS, Komsomolskaya");
        assertThat(soyko.nationalities()).containsExactly("BY");
        assertThat(soyko.addresses()).containsExactly(new Address(null, "", "", "", "BY", ""));
        // the last line, without a newline, is read too
        assertThat(byRef(list).get("NK-2PacmNpiLUmoz4XD2mSt7A").names())
                .containsExactly(
                        new Name("IRGC", NameKind.PRIMARY),
                        new Name("Iranian Revolutionary Guard Corps", NameKind.STRONG_ALIAS));
    }

    @Test
    void reportsBadLinesAndFoldsRelationsThatComeBeforeTheirEnds() throws Exception {
        ParsedList list = new FtmJsonParser().parse(fixture("ftm_bad.json"), ParseOptions.lenient());

        List<ParseProblem> p = list.problems();
        assertThat(p).hasSize(7);
        assertThat(p).allMatch(x -> x.file().equals("ftm_bad.json"));
        assertThat(p.get(0).location()).isEqualTo("line 2");
        assertThat(p.get(0).reason()).startsWith("not valid JSON: ");
        assertThat(p.get(1)).isEqualTo(new ParseProblem("ftm_bad.json", "line 3", "the entity has no id; skipped"));
        assertThat(p.get(2))
                .isEqualTo(new ParseProblem(
                        "ftm_bad.json", "line 4 (id P1), property birthDate", "'1970-13-40' is not a date"));
        assertThat(p.get(3)).isEqualTo(new ParseProblem("ftm_bad.json", "line 9", "not a JSON object"));
        assertThat(p.get(4))
                .isEqualTo(new ParseProblem(
                        "ftm_bad.json", "line 10 (id N1)", "the entity has neither a caption nor a name; skipped"));
        assertThat(p.get(5))
                .isEqualTo(new ParseProblem(
                        "ftm_bad.json", "line 11 (id P1)", "duplicate id (first on line 4 (id P1)); skipped"));
        assertThat(p.get(6).location()).isEqualTo("line 12");
        assertThat(p.get(6).reason()).startsWith("not valid JSON: ").contains("'junk'");

        Map<String, Entity> e = byRef(list);
        assertThat(e).containsOnlyKeys("P1", "C1");
        Entity petrov = e.get("P1");
        assertThat(petrov.names())
                .containsExactly(
                        new Name("Ivan Petrov", NameKind.PRIMARY), new Name("Иван Петров", NameKind.ORIGINAL_SCRIPT));
        assertThat(petrov.birthDates()).containsExactly(BirthDate.of(new PartialDate(1970, 5, 0)));
        // the Address record comes last and is still folded in; the same text as a plain address is not repeated
        assertThat(petrov.addresses())
                .containsExactly(new Address(List.of("1 Main Street"), "Moscow", "", "", "RU", ""));
        assertThat(petrov.identifiers())
                .containsExactly(new Identifier(IdentifierType.PASSPORT, "750000001", "RU", "Passport"));
        assertThat(petrov.links())
                .containsExactly(new Link(LinkKind.OWNS, "opensanctions:C1", "Ownership: 60%, from 2019-05-01"));

        Entity company = e.get("C1");
        assertThat(company.nationalities()).containsExactly("CY");
        assertThat(company.links())
                .containsExactly(new Link(LinkKind.OWNED_BY, "opensanctions:P1", "Ownership: 60%, from 2019-05-01"));
        assertThat(company.programs()).containsExactly("EU-UKR");
        assertThat(company.listedOn()).contains(LocalDate.of(2022, 3, 15));
        assertThat(company.remarks())
                .isEqualTo(
                        "Sanction by Council of the European Union (EU); since 2022-03-15; reason: Owned by Ivan Petrov");
        assertThat(company.identifiers())
                .containsExactly(
                        new Identifier(IdentifierType.REGISTRATION_NUMBER, "HE123456", "", "Registration number"));
    }

    @Test
    void strictModeStopsAtTheFirstBadLine() {
        assertThatThrownBy(() -> new FtmJsonParser().parse(fixture("ftm_bad.json"), ParseOptions.strictMode()))
                .isInstanceOf(ListParseException.class)
                .hasMessageStartingWith("ftm_bad.json: line 2: not valid JSON: ");
    }

    @Test
    void takesASourceOverride() throws Exception {
        ParsedList list = new FtmJsonParser()
                .parse(fixture("ftm_bad.json"), ParseOptions.lenient().withSource("os_test"));
        assertThat(list.source()).isEqualTo("os_test");
        assertThat(list.entities()).extracting(Entity::id).containsExactly("os_test:P1", "os_test:C1");
    }

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(FtmJsonParserTest.class.getResource(name).toURI());
    }
}
