package org.tollgate.lists.ofac;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tollgate.lists.model.Entity;
import org.tollgate.lists.model.Name;
import org.tollgate.lists.model.NameKind;
import org.tollgate.lists.parse.ListParseException;
import org.tollgate.lists.parse.ParseOptions;
import org.tollgate.lists.testdata.TestData;

/**
 * The consolidated list read from three of OFAC's formats: the legacy XML of 2023-03-08, the ENHANCED XML of
 * 2025-01-10 and the legacy CSV set of 2025-12. The same entity must come out with the same primary name and birth
 * dates whichever format it was read from; the few differences are real changes between the publication dates.
 */
class OfacCrossFormatTest {
    private static Map<String, Entity> legacyXml;
    private static Map<String, Entity> enhanced;
    private static Map<String, Entity> csv;

    @BeforeAll
    static void read() throws ListParseException {
        legacyXml = byRef(new OfacXmlParser()
                .parse(
                        TestData.file("ofac_consolidated_nonsdn_xml_2023-03-08/ofac_non_sdn.xml"),
                        ParseOptions.strictMode())
                .entities());
        enhanced = byRef(new OfacEnhancedParser()
                .parse(
                        TestData.file("ofac_consolidated_nonsdn_enhanced_2025-01/CONS_ENHANCED.ZIP"),
                        ParseOptions.strictMode())
                .entities());
        csv = byRef(OfacCsvParser.consolidated()
                .parse(TestData.file("ofac_consolidated_nonsdn_csv_2025-12"), ParseOptions.strictMode())
                .entities());
    }

    @Test
    void legacyXmlAndEnhancedAgreeOnNamesAndBirthDates() {
        List<String> common = new ArrayList<>(legacyXml.keySet());
        common.retainAll(enhanced.keySet());
        assertThat(common).hasSize(441);
        List<String> renamed = common.stream()
                .filter(id ->
                        !legacyXml.get(id).primaryName().equals(enhanced.get(id).primaryName()))
                .sorted()
                .toList();
        // renamed by OFAC between March 2023 and January 2025
        assertThat(renamed).containsExactly("23562", "23577");
        assertThat(legacyXml.get("23562").primaryName().value()).isEqualTo("NOVGORODNEFTEPRODUKT OOO");
        assertThat(enhanced.get("23562").primaryName().value()).isEqualTo("NOVGORODNEFTEPRODUCT OOO");

        List<String> withDates = common.stream()
                .filter(id -> !legacyXml.get(id).birthDates().isEmpty()
                        && !enhanced.get(id).birthDates().isEmpty())
                .toList();
        assertThat(withDates).hasSize(74);
        assertThat(withDates)
                .allSatisfy(id -> assertThat(enhanced.get(id).birthDates())
                        .as(id)
                        .isEqualTo(legacyXml.get(id).birthDates()));
    }

    @Test
    void csvAndEnhancedAgreeOnNamesBirthDatesAndMostIdentifiers() {
        List<String> common = new ArrayList<>(csv.keySet());
        common.retainAll(enhanced.keySet());
        assertThat(common).hasSize(442);
        assertThat(common.stream()
                        .filter(id -> !csv.get(id)
                                .primaryName()
                                .equals(enhanced.get(id).primaryName()))
                        .toList())
                .containsExactly("18284");
        List<String> withDates = common.stream()
                .filter(id -> !csv.get(id).birthDates().isEmpty()
                        && !enhanced.get(id).birthDates().isEmpty())
                .toList();
        assertThat(withDates).hasSize(74);
        assertThat(withDates)
                .allSatisfy(id -> assertThat(enhanced.get(id).birthDates())
                        .as(id)
                        .isEqualTo(csv.get(id).birthDates()));
        // names taken from remarks and alt rows versus typed name elements: the same set for 435 of 442
        long sameNames = common.stream()
                .filter(id -> latinNames(csv.get(id)).equals(latinNames(enhanced.get(id))))
                .count();
        assertThat(sameNames).isEqualTo(435);
    }

    private static Set<Name> latinNames(Entity e) {
        return e.names().stream()
                .filter(n -> n.kind() != NameKind.ORIGINAL_SCRIPT)
                .collect(Collectors.toSet());
    }

    private static Map<String, Entity> byRef(List<Entity> entities) {
        return entities.stream().collect(Collectors.toMap(Entity::sourceRef, Function.identity()));
    }
}
