package org.tollgate.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The benchmark's variation rules, on real list names: each really changes the name, in the way it says. */
class VariationsTest {
    private static final List<String> NAMES = List.of(
            "PUTIN, Vladimir Vladimirovich",
            "KIM, Jong Un",
            "AL-TIKRITI, Saddam Hussein",
            "KALASHNIKOV CONCERN JOINT STOCK COMPANY",
            "ROSNEFT TRADING S.A.",
            "BADR AL DIN, Mustafa",
            "Andrey Andreevich ZADACHIN",
            "HAJI ABDUL BASIR EXCHANGE SHOP");

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 1000})
    void aSingleTypoIsOneEditAwayAndNeverInTheFirstLetter(long seed) {
        for (String n : NAMES) {
            String t = Typos.single(n, new Random(seed)).orElseThrow();
            assertThat(editDistance(t, n)).as(t).isEqualTo(1);
            assertThat(t.charAt(0)).isEqualTo(n.charAt(0));
        }
        assertThat(Typos.single("AL BO", new Random(seed)))
                .as("no word of 4+ letters")
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 1000})
    void aDoubleTypoIsTwoEditsInTwoWords(long seed) {
        for (String n : NAMES) {
            if (n.startsWith("KIM")) {
                assertThat(Typos.twice(n, new Random(seed)))
                        .as("one word of 4+ letters, none of 7+")
                        .isEmpty();
                continue;
            }
            String t = Typos.twice(n, new Random(seed)).orElseThrow();
            assertThat(editDistance(t, n)).as(t).isEqualTo(2);
            List<String> a = NameKey.words(t);
            List<String> b = NameKey.words(n);
            int changed = 0;
            for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
                changed += a.get(i).equals(b.get(i)) ? 0 : 1;
            }
            assertThat(changed).as(t).isEqualTo(2);
        }
        assertThat(Typos.twice("ROSNEFT", new Random(seed)).map(t -> editDistance(t, "ROSNEFT")))
                .as("one word of 7 letters takes both")
                .contains(2);
        assertThat(Typos.twice("KIM, Jong", new Random(seed))).isEmpty();
    }

    @Test
    void theSameSeedGivesTheSameVariations() {
        for (String n : NAMES) {
            assertThat(Typos.single(n, new Random(9))).isEqualTo(Typos.single(n, new Random(9)));
            assertThat(NameShapes.reformat(n, true, new Random(9)))
                    .isEqualTo(NameShapes.reformat(n, true, new Random(9)));
            assertThat(NameShapes.reorder(n, new Random(9))).isEqualTo(NameShapes.reorder(n, new Random(9)));
        }
    }

    @Test
    void reformattingKeepsTheWordsAndChangesTheText() {
        for (long seed = 0; seed < 30; seed++) {
            for (String n : NAMES) {
                String r = NameShapes.reformat(n, true, new Random(seed)).orElseThrow();
                assertThat(r).isNotEqualTo(n);
                // the same letters in the same or another order, hyphens may be joined
                assertThat(sortedLetters(r)).isEqualTo(sortedLetters(n));
            }
        }
        assertThat(NameShapes.flip("PUTIN, Vladimir Vladimirovich")).isEqualTo("Vladimir Vladimirovich PUTIN");
        assertThat(NameShapes.flip("Andrey Andreevich ZADACHIN")).isEqualTo("ZADACHIN, Andrey Andreevich");
    }

    @Test
    void reorderingIsNeitherTheListedNorTheNaturalOrderAndKeepsParticlesWithTheirWord() {
        for (long seed = 0; seed < 30; seed++) {
            String r = NameShapes.reorder("PUTIN, Vladimir Vladimirovich", new Random(seed))
                    .orElseThrow();
            assertThat(r).isNotIn("PUTIN Vladimir Vladimirovich", "Vladimir Vladimirovich PUTIN");
            assertThat(NameKey.of(r)).isEqualTo(NameKey.of("PUTIN, Vladimir Vladimirovich"));
            String b =
                    NameShapes.reorder("BADR AL DIN, Mustafa", new Random(seed)).orElseThrow();
            assertThat(b).contains("AL DIN").doesNotEndWith("AL");
        }
        assertThat(NameShapes.reorder("KIM, Jong", new Random(1))).contains("KIM Jong");
        assertThat(NameShapes.reorder("Jong KIM", new Random(1))).contains("KIM Jong");
        assertThat(NameShapes.reorder("HIZBALLAH", new Random(1))).isEmpty();
    }

    @Test
    void aMiddleNameIsLeftOutButNeverTheFirstGivenNameATitleOrAnInitial() {
        assertThat(NameShapes.dropMiddle("PUTIN, Vladimir Vladimirovich", new Random(1)))
                .contains("PUTIN, Vladimir");
        assertThat(NameShapes.dropMiddle("Andrey Andreevich ZADACHIN", new Random(1)))
                .contains("Andrey ZADACHIN");
        assertThat(NameShapes.dropMiddle("Frank J. Randazzo", new Random(1))).isEmpty();
        assertThat(NameShapes.dropMiddle("NOORZAI, Haji Kotwal", new Random(1))).isEmpty();
        assertThat(NameShapes.dropMiddle("KIM, Jong", new Random(1))).isEmpty();
    }

    @Test
    void romanisationRespellsOneOrTwoWords() {
        int changed = 0;
        for (long seed = 0; seed < 40; seed++) {
            String n = "KOFMAN, Aleksandr Igorevich";
            Optional<String> r = RomanisationVariants.vary(n, new Random(seed));
            assertThat(r).isPresent();
            List<String> a = List.of(r.get().split(" "));
            List<String> b = List.of(n.split(" "));
            assertThat(a).hasSameSizeAs(b);
            int diff = 0;
            for (int i = 0; i < a.size(); i++) {
                diff += a.get(i).equals(b.get(i)) ? 0 : 1;
            }
            assertThat(diff).isBetween(1, 2);
            changed += r.get().contains("Alexander") ? 1 : 0;
        }
        assertThat(changed).as("the table's Alexander is among the variants").isPositive();
        assertThat(RomanisationVariants.vary("HAMSHO, Muhammad", new Random(3)).orElseThrow())
                .doesNotContain("Muhammad");
        assertThat(RomanisationVariants.vary("AL-QAIDA", new Random(3)))
                .as("hyphenated words are left alone")
                .isEmpty();
    }

    @Test
    void legalFormsAreReplacedWithinTheirClass() {
        for (long seed = 0; seed < 20; seed++) {
            String r = LegalFormVariants.vary("ROSNEFT OOO", new Random(seed)).orElseThrow();
            assertThat(r)
                    .contains("ROSNEFT")
                    .doesNotContain(" OOO")
                    .containsAnyOf("LLC", "LIMITED LIABILITY COMPANY", "ООО");
            String c = LegalFormVariants.vary("NINGBO NEW CENTURY IMPORT AND EXPORT CO., LTD.", new Random(seed))
                    .orElseThrow();
            assertThat(c).startsWith("NINGBO NEW CENTURY IMPORT AND EXPORT").doesNotContain("CO., LTD.");
        }
        assertThat(LegalFormVariants.vary("HIZBALLAH", new Random(1))).isEmpty();
        assertThat(LegalFormVariants.vary("COMPANY", new Random(1)))
                .as("a form alone is no name")
                .isEmpty();
    }

    @Test
    void cyrillicRenderingFollowsTheReverseBgnRules() {
        CyrillicRendering.Language ru = CyrillicRendering.Language.RUSSIAN;
        CyrillicRendering.Language ua = CyrillicRendering.Language.UKRAINIAN;
        assertThat(CyrillicRendering.render(List.of("SHCHUKIN", "Yevgeniy", "Aleksandrovich"), ru))
                .contains("Щукин Евгений Александрович");
        assertThat(CyrillicRendering.render(List.of("Tatyana", "Grigoryeva"), ru))
                .contains("Татьяна Григорьева");
        assertThat(CyrillicRendering.render(List.of("KHODORKOVSKIY", "Mikhail", "Borisovich"), ru))
                .contains("Ходорковский Михаил Борисович");
        assertThat(CyrillicRendering.render(List.of("Zhukov", "Tsvetkov", "Sergey", "Pyotr", "Eduard"), ru))
                .contains("Жуков Цветков Сергей Петр Эдуард");
        assertThat(CyrillicRendering.render(List.of("Lyudmila", "Ilya", "Novyy"), ru))
                .contains("Людмила Илья Новый");
        assertThat(CyrillicRendering.render(List.of("Volodymyr", "Oleksandrovych", "Serhiy", "Yevhen"), ua))
                .contains("Володимир Олександрович Сергій Євген");
        assertThat(CyrillicRendering.render(List.of("AL-QAIDA"), ru)).contains("Ал-Каида");
        assertThat(CyrillicRendering.render(List.of("Jos\u00e9"), ru))
                .as("not a plain romanisation")
                .isEmpty();
    }

    @Test
    void koreanAndChineseRenderingsUseTheSyllableTables() {
        assertThat(HangulRendering.render(PersonName.parse("KIM, Jong Un", true)))
                .contains("김정은");
        assertThat(HangulRendering.render(PersonName.parse("RI Chang Ho", true)))
                .contains("리창호");
        assertThat(HangulRendering.render(PersonName.parse("CHOE, Ryong-hae", true)))
                .contains("최룡해");
        assertThat(HangulRendering.render(PersonName.parse("SMITH, John", true)))
                .isEmpty();
        assertThat(HanRendering.render(PersonName.parse("LI, Fangwei", true))).contains("李芳伟");
        assertThat(HanRendering.render(PersonName.parse("ZHANG Wei", true))).contains("张伟");
        assertThat(HanRendering.render(PersonName.parse("HSU, Chih-ming", true)))
                .as("Wade-Giles")
                .isEmpty();
    }

    @Test
    void personNamesAreSplitIntoFamilyAndGivenNames() {
        PersonName p = PersonName.parse("PUTIN, Vladimir Vladimirovich", false);
        assertThat(p.family()).containsExactly("PUTIN");
        assertThat(p.given()).containsExactly("Vladimir", "Vladimirovich");
        assertThat(PersonName.parse("Andrey Andreevich ZADACHIN", false).family())
                .containsExactly("ZADACHIN");
        assertThat(PersonName.parse("Frank J. Randazzo", false).family()).containsExactly("Randazzo");
        assertThat(PersonName.parse("Kim Jong Un", true).family()).containsExactly("Kim");
    }

    /** Damerau-Levenshtein (optimal string alignment) distance, ignoring case. */
    static int editDistance(String a, String b) {
        a = a.toLowerCase();
        b = b.toLowerCase();
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    private static String sortedLetters(String s) {
        List<Integer> cps = new ArrayList<>();
        s.toLowerCase().codePoints().filter(Character::isLetterOrDigit).forEach(cps::add);
        Collections.sort(cps);
        return cps.toString();
    }
}
