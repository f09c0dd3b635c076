package org.tollgate.screening.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tollgate.lists.model.EntityType;

class NameNormalizerTest {
    private final NameNormalizer n = NameNormalizer.standard();

    private List<String> texts(String name) {
        return n.normalize(name).tokens().stream().map(Token::text).toList();
    }

    private String text(String name, EntityType type) {
        return n.normalize(name, type).text();
    }

    private Token token(String name, String text) {
        return n.normalize(name).tokens().stream()
                .filter(t -> t.text().equals(text))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void caseDiacriticsPunctuationAndWhiteSpaceGo() {
        assertThat(texts("  José   María  GARCÍA-LÓPEZ ")).containsExactly("jose", "maria", "garcia", "lopez");
        assertThat(texts("ØSTERGÅRD, Søren")).containsExactly("ostergard", "soren");
        assertThat(texts("Mu'ammar")).containsExactly("muammar");
    }

    @Test
    void alQaidaIsTheArticleAndTheNounWhereverTheHyphenIs() {
        assertThat(texts("AL-QAIDA")).containsExactly("al", "qaida");
        assertThat(texts("AL QAIDA")).containsExactly("al", "qaida");
        assertThat(texts("AL QA'IDA")).containsExactly("al", "qaida");
        assertThat(token("AL-QAIDA", "al").kind()).isEqualTo(TokenKind.PARTICLE);
        // written together it stays one word; the index and the scorer join adjacent words to meet it
        assertThat(texts("ALQAIDA")).containsExactly("alqaida");
    }

    @Test
    void ofacCommaFormMarksMiddleNamesAndPatronymics() {
        NormalizedName putin = n.normalize("PUTIN, Vladimir Vladimirovich", EntityType.PERSON);
        assertThat(putin.text()).isEqualTo("putin vladimir vladimirovich");
        assertThat(putin.tokens().get(2).patronymic()).isTrue();
        NormalizedName dari = n.normalize("AL-DARI, Muthanna Harith Salman", EntityType.PERSON);
        assertThat(dari.tokens())
                .filteredOn(Token::middle)
                .extracting(Token::text)
                .containsExactly("harith", "salman");
        NormalizedName plain = n.normalize("MUTHANNA HARITH SALMAN AL-DARI", EntityType.PERSON);
        assertThat(plain.tokens())
                .filteredOn(Token::middle)
                .extracting(Token::text)
                .containsExactly("harith", "salman");
    }

    @Test
    void titlesAndHonorificsAreDroppedFromPersonsOnly() {
        NormalizedName z = n.normalize("Dr. Ayman al-Zawahiri");
        assertThat(z.text()).isEqualTo("ayman al zawahiri");
        assertThat(z.removed()).containsExactly("Dr");
        assertThat(text("Sheikh Hajji Mohammed Omar", EntityType.OTHER)).isEqualTo("mohammed omar");
        assertThat(text("KHAN, Mullah Akhtar Mohammad", EntityType.PERSON)).isEqualTo("khan akhtar mohammad");
        assertThat(text("General Colonel Muammar Qadhafi", EntityType.PERSON)).isEqualTo("muammar qadhafi");
        // an organisation keeps its words
        assertThat(texts("GENERAL TRADING COMPANY")).startsWith("general", "trading");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"Abdul Rahman", "Abd al-Rahman", "Abdulrahman", "Abdelrahman", "Abdurrahman", "ABD-AL-RAHMAN"})
    void abdCompoundsBecomeOneForm(String spelling) {
        assertThat(n.normalize(spelling).text()).isEqualTo("abd al rahman");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Abdullah", "Abdallah", "Abd Allah", "ABDULLA"})
    void abdullahBecomesOneForm(String spelling) {
        assertThat(n.normalize(spelling).text()).isEqualTo("abd allah");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Jalaluddin Haqqani", "Jalal al-Din Haqqani", "Jalal-ud-Din Haqqani", "JALALUDDIN HAQQANI"})
    void alDinCompoundsBecomeOneWord(String spelling) {
        assertThat(n.normalize(spelling).text()).isEqualTo("jalaldin haqqani");
    }

    @Test
    void aNameWrittenThePersianWayReadsThAndDhAsSAndZ() {
        // Persian letters (ی, ک) anywhere in the name: ذ ض ث are read as Iranian and Afghan names are spelled
        assertThat(texts("عبد الروف ذاکر")).containsExactly("abd", "al", "rwf", "zakr");
        assertThat(texts("مرتضی پیری")).containsExactly("mrtzy", "pyry");
        assertThat(texts("ثناء اللہ غفاری").get(0)).startsWith("sna"); // joined with its allah, as Sanaullah is
        // the same letters in an Arabic name keep their Arabic reading
        assertThat(texts("عبد الرؤوف ذاكر")).last().isEqualTo("dhakr");
        assertThat(texts("مرتضى")).containsExactly("mrtdy");
    }

    @Test
    void theUrduAndPashtoFormsOfHehAreHeh() {
        // ھ and ہ are the letter ه as Urdu and Pashto write it; read otherwise they would drop out of the name
        assertThat(texts("إبراھیم")).containsExactly("abrahym");
        assertThat(texts("طھ")).containsExactly(texts("طه").toArray(String[]::new));
    }

    @Test
    void arabicParticlesAreCanonicalAndLight() {
        assertThat(texts("Usama BIN LADEN")).containsExactly("usama", "bin", "laden");
        assertThat(texts("Usama ibn Laden")).containsExactly("usama", "bin", "laden");
        assertThat(token("Nasir ad-Dawla", "al").kind()).isEqualTo(TokenKind.PARTICLE);
        assertThat(texts("Abou Bakr")).containsExactly("abu", "bakr");
    }

    @Test
    void legalFormsBecomeOneMarker() {
        assertThat(texts("Rosneft OOO")).containsExactly("rosneft", "#llc");
        assertThat(texts("ROSNEFT LLC")).containsExactly("rosneft", "#llc");
        assertThat(texts("ООО Роснефть")).containsExactly("#llc", "rosneft");
        assertThat(texts("Rosneft Limited Liability Company")).containsExactly("rosneft", "#llc");
        assertThat(texts("OBSHCHESTVO S OGRANICHENNOI OTVETSTVENNOSTYU FILAKSKOM"))
                .containsExactly("#llc", "filakskom");
        for (String jsc : List.of("JSC", "OAO", "PAO", "ZAO", "OJSC", "CJSC", "PJSC", "Joint Stock Company")) {
            assertThat(texts(jsc + " Aeroflot")).as(jsc).containsExactly("#jsc", "aeroflot");
        }
        // "AO" is also a word: a form only when the name is known to be a company's
        assertThat(texts("AO Aeroflot", EntityType.ORGANIZATION)).containsExactly("#jsc", "aeroflot");
        assertThat(texts("AO Aeroflot")).containsExactly("ao", "aeroflot");
        assertThat(texts("GALAX TRADING CO., LTD.")).containsExactly("galax", "trading", "#ltd");
        assertThat(texts("ROSNEFT TRADING S.A.")).containsExactly("rosneft", "trading", "#jsc");
        assertThat(texts("NINTH OCEAN GMBH & CO. KG")).containsExactly("ninth", "ocean", "#co");
        assertThat(token("ROSNEFT LLC", "#llc").kind()).isEqualTo(TokenKind.LEGAL_FORM);
        // with a typing error in a long word of the form
        assertThat(texts("LIMTED LIABILITY COMPANY AB OPTIKS")).startsWith("#llc");
        // "Sá" is a surname, not a société anonyme
        assertThat(texts("Thomas Sá")).containsExactly("thomas", "sa");
        assertThat(texts("Rosneft LLC", EntityType.PERSON)).contains("llc");
    }

    private List<String> texts(String name, EntityType type) {
        return n.normalize(name, type).tokens().stream().map(Token::text).toList();
    }

    @Test
    void genericOrganisationWordsAreMarked() {
        NormalizedName name = n.normalize("UNCHON TRADING CORPORATION");
        assertThat(name.tokens())
                .extracting(Token::kind)
                .containsExactly(TokenKind.WORD, TokenKind.GENERIC, TokenKind.LEGAL_FORM);
    }

    @Test
    void persianZeroWidthNonJoinerIsRemoved() {
        assertThat(n.normalize("خامنه\u200Cای").text())
                .isEqualTo(n.normalize("خامنهای").text());
        assertThat(n.normalize("علی خامنه\u200Cای").tokens()).allMatch(Token::consonantal);
    }

    @Test
    void eachScriptIsTransliterated() {
        assertThat(texts("Владимир Путин")).containsExactly("vladimir", "putin");
        assertThat(texts("Евгений Пригожин")).containsExactly("yevgeniy", "prigozhin");
        assertThat(texts("Олександр")).containsExactly("oleksandr");
        assertThat(texts("أسامة بن لادن")).containsExactly("asamh", "bin", "ladn");
        assertThat(texts("التكريتي")).containsExactly("al", "tkryty");
        assertThat(texts("李方伟")).containsExactly("li", "fang", "wei");
        assertThat(token("李方伟", "fang").syllabic()).isTrue();
        assertThat(texts("김정은")).containsExactly("kim", "jongun");
        assertThat(texts("최룡해")).containsExactly("choe", "ryonghae");
        assertThat(texts("Γεώργιος Μανίδης")).containsExactly("georgios", "manidis");
        assertThat(texts("דן גרטלר")).containsExactly("dn", "grtlr");
        assertThat(token("דן גרטלר", "grtlr").consonantal()).isTrue();
    }

    @Test
    void aCyrillicLookAlikeInALatinWordIsReadAsLatin() {
        assertThat(texts("\u0420utin Vladimir")).containsExactly("putin", "vladimir");
    }

    @Test
    void initialsAreMarked() {
        assertThat(token("J. R. Smith", "j").kind()).isEqualTo(TokenKind.INITIAL);
    }

    @Test
    void emptyNamesGiveNoTokens() {
        assertThat(n.normalize("-- ,, ..").isEmpty()).isTrue();
    }
}
