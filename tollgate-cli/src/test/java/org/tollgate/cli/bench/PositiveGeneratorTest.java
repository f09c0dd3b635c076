package org.tollgate.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tollgate.lists.model.Address;
import org.tollgate.lists.model.Entity;
import org.tollgate.lists.model.EntityType;
import org.tollgate.lists.model.NameKind;

/** The generator on a handful of real list entries written by hand: seeded, labelled, really varied. */
class PositiveGeneratorTest {
    private static Entity person(String source, String ref, String name, String country, String... aliases) {
        Entity.Builder b = Entity.builder(source, ref).type(EntityType.PERSON).name(name, NameKind.PRIMARY);
        for (String a : aliases) {
            b.name(a, NameKind.STRONG_ALIAS);
        }
        if (!country.isEmpty()) {
            b.nationality(country);
        }
        return b.build();
    }

    private static Entity org(String source, String ref, String name, String country) {
        return Entity.builder(source, ref)
                .type(EntityType.ORGANIZATION)
                .name(name, NameKind.PRIMARY)
                .address(new Address(List.of(), "", "", "", country, country))
                .build();
    }

    private static final List<Entity> ENTITIES = List.of(
            person("us_ofac_sdn", "35096", "PUTIN, Vladimir Vladimirovich", "Russia", "PUTIN, Vladimir"),
            person("us_ofac_sdn", "20157", "KIM, Jong Un", "Korea, North"),
            person("us_ofac_sdn", "11447", "LI, Fangwei", "China"),
            person("us_ofac_sdn", "19035", "KOFMAN, Aleksandr Igorevich", "Russia"),
            person("us_ofac_sdn", "7843", "AL-TIKRITI, Saddam Hussein", "Iraq"),
            person("us_ofac_sdn", "36959", "SOBOL, Alexander Ivanovich", "Ukraine"),
            org("us_ofac_sdn", "36318", "TSARGRAD OOO", "Russia"),
            org("us_ofac_sdn", "16854", "SAZEH MORAKAB CO. LTD", "Iran"),
            // the CSL repeats SDN entries: same name, another entity
            person("us_trade_csl", "SDN/35096", "PUTIN, Vladimir Vladimirovich", "Russia"));

    @Test
    void theSameSeedGivesTheSameQueriesAndEveryVariationDiffersFromItsSource() {
        Map<Kind, List<LabelledQuery>> a = new PositiveGenerator(ENTITIES, 42).generate(50);
        Map<Kind, List<LabelledQuery>> b = new PositiveGenerator(ENTITIES, 42).generate(50);
        assertThat(a).isEqualTo(b);
        for (Map.Entry<Kind, List<LabelledQuery>> e : a.entrySet()) {
            for (LabelledQuery q : e.getValue()) {
                assertThat(q.kind()).isEqualTo(e.getKey());
                assertThat(q.expected()).contains(q.sourceId());
                if (e.getKey() == Kind.EXACT || e.getKey() == Kind.SDN_ALIAS) {
                    assertThat(q.text()).isEqualTo(q.source());
                } else {
                    assertThat(q.text()).as(e.getKey().label()).isNotEqualTo(q.source());
                }
            }
        }
        assertThat(a.get(Kind.EXACT)).hasSize(ENTITIES.size() - 1); // the two Putin entries give one query text
        assertThat(a.get(Kind.SINGLE_TYPO)).hasSize(ENTITIES.size());
        assertThat(a.get(Kind.LEGAL_FORM))
                .extracting(LabelledQuery::sourceId)
                .containsOnly("us_ofac_sdn:36318", "us_ofac_sdn:16854");
        assertThat(a.get(Kind.SDN_ALIAS)).extracting(LabelledQuery::text).containsExactly("PUTIN, Vladimir");
        // Russians, Ukrainians (not the Korean, Chinese or Iraqi) are written in Cyrillic
        assertThat(a.get(Kind.CYRILLIC))
                .extracting(LabelledQuery::sourceId)
                .containsExactlyInAnyOrder(
                        "us_ofac_sdn:35096", "us_trade_csl:SDN/35096", "us_ofac_sdn:19035", "us_ofac_sdn:36959");
        assertThat(a.get(Kind.KOREAN)).extracting(LabelledQuery::text).containsExactly("김정은");
        assertThat(a.get(Kind.CHINESE)).extracting(LabelledQuery::text).containsExactly("李芳伟");
        assertThat(a.get(Kind.MISSING_MIDDLE))
                .extracting(LabelledQuery::sourceId)
                .doesNotContain("us_ofac_sdn:20157");
    }

    @Test
    void anotherSeedGivesOtherVariations() {
        Map<Kind, List<LabelledQuery>> a = new PositiveGenerator(ENTITIES, 1).generate(50);
        Map<Kind, List<LabelledQuery>> b = new PositiveGenerator(ENTITIES, 2).generate(50);
        List<String> ta = new ArrayList<>();
        List<String> tb = new ArrayList<>();
        a.get(Kind.SINGLE_TYPO).forEach(q -> ta.add(q.text()));
        b.get(Kind.SINGLE_TYPO).forEach(q -> tb.add(q.text()));
        assertThat(ta).isNotEqualTo(tb);
    }

    @Test
    void theSamePartyOnAnotherListIsExpectedToo() {
        PositiveGenerator g = new PositiveGenerator(ENTITIES, 42);
        assertThat(g.expected(ENTITIES.get(0), "PUTIN, Vladimir Vladimirovich"))
                .containsExactlyInAnyOrder("us_ofac_sdn:35096", "us_trade_csl:SDN/35096");
        // a name of the same words in another order is the same key
        assertThat(g.entitiesWithKey(NameKey.of("Vladimir Vladimirovich Putin"), EntityType.PERSON))
                .containsExactlyInAnyOrder("us_ofac_sdn:35096", "us_trade_csl:SDN/35096");
        assertThat(g.entitiesWithKey(NameKey.of("Vladimir Putin"), EntityType.ORGANIZATION))
                .isEmpty();
    }
}
