package org.tollgate.screening.variants;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class VariantTableTest {
    private final VariantTable t = VariantTable.standard();

    private void allVariants(String... words) {
        for (String a : words) {
            for (String b : words) {
                if (!a.equals(b)) {
                    assertThat(t.areVariants(a, b)).as(a + " ~ " + b).isTrue();
                }
            }
        }
    }

    @Test
    void theTableIsGenerous() {
        assertThat(t.size()).isGreaterThanOrEqualTo(300);
    }

    @Test
    void romanisationVariantsShareAClass() {
        allVariants("muhammad", "mohammed", "mohamed", "mohammad", "muhamed", "mohd");
        allVariants("yevgeniy", "evgeny", "evgeniy", "yevgeny");
        allVariants("aleksandr", "alexander", "aleksander", "oleksandr");
        allVariants("hussein", "husayn", "hussain", "husain", "hosein", "hossein");
        allVariants("qaddafi", "gaddafi", "kadhafi", "gadhafi");
        allVariants("lee", "yi", "ri", "rhee");
        allVariants("park", "pak", "bak");
        allVariants("chen", "chan");
        allVariants("kim", "gim");
        allVariants("choi", "choe");
        allVariants("jung", "jong", "chung");
        allVariants("abdullah", "abdallah");
        allVariants("osama", "usama");
        allVariants("yusuf", "youssef", "yousef", "josef");
        allVariants("sergey", "sergei");
        allVariants("dmitry", "dmitri", "dmitriy");
        allVariants("yuri", "yury", "iurii");
    }

    @Test
    void consonantOnlyArabicSpellingsAreInTheirClasses() {
        assertThat(t.areVariants("mhmd", "mohammed")).isTrue();
        assertThat(t.areVariants("ly", "ali")).isTrue();
        assertThat(t.areVariants("hsyn", "hussein")).isTrue();
    }

    @Test
    void differentNamesAreNotVariants() {
        assertThat(t.areVariants("hassan", "hussein")).isFalse();
        assertThat(t.areVariants("vladimir", "putin")).isFalse();
        assertThat(t.classesOf("zzzz")).isEmpty();
    }

    @Test
    void parsesCommentsAndClasses() throws Exception {
        VariantTable small = VariantTable.parse(new BufferedReader(new StringReader("# c\nab cd\n\nef gh ab\nsolo\n")));
        assertThat(small.size()).isEqualTo(2);
        assertThat(small.areVariants("cd", "gh")).isFalse();
        assertThat(small.areVariants("ab", "gh")).isTrue();
        assertThat(small.members(0)).isEqualTo(List.of("ab", "cd"));
    }
}
