package org.tollgate.screening.normalize;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word lists the normalisation stages use: titles and honorifics, name particles, generic organisation
 * words and legal forms. Everything is lower-case ASCII, as tokens are after transliteration.
 */
final class NameLexicon {
    private NameLexicon() {}

    /** Titles, ranks and honorifics dropped from the front of a person's name. */
    static final Set<String> TITLES = Set.of(
            "mr",
            "mrs",
            "ms",
            "miss",
            "mx",
            "dr",
            "doctor",
            "prof",
            "professor",
            "sir",
            "dame",
            "lord",
            "lady",
            "sheikh",
            "shaikh",
            "shaykh",
            "sheik",
            "cheikh",
            "shaik",
            "haji",
            "hajji",
            "hadji",
            "hajj",
            "alhaji",
            "alhajji",
            "mullah",
            "mulla",
            "mullo",
            "maulvi",
            "maulavi",
            "mawlawi",
            "moulvi",
            "molvi",
            "mawlavi",
            "maulana",
            "mawlana",
            "qari",
            "mufti",
            "imam",
            "ayatollah",
            "hojatoleslam",
            "hojjatoleslam",
            "ustad",
            "ustadh",
            "ustaz",
            "general",
            "gen",
            "colonel",
            "col",
            "lieutenant",
            "lt",
            "major",
            "maj",
            "captain",
            "capt",
            "admiral",
            "adm",
            "brigadier",
            "brig",
            "commander",
            "cmdr",
            "sergeant",
            "sgt",
            "marshal",
            "prince",
            "princess",
            "king",
            "queen",
            "emir",
            "rev",
            "reverend",
            "fr",
            "bishop",
            "excellency",
            "he",
            "hon",
            "honorable",
            "honourable",
            "senator",
            "president",
            "minister",
            "judge",
            "engineer",
            "eng",
            "engr",
            "mme",
            "mlle",
            "herr",
            "frau",
            "sr",
            "sra",
            "srta",
            "don",
            "dona",
            "gospodin",
            "gospozha");

    /** Particles of Arabic names, in canonical form, and their spellings. */
    static final Map<String, String> ARABIC_PARTICLES = Map.ofEntries(
            Map.entry("al", "al"),
            Map.entry("el", "al"),
            Map.entry("ul", "al"),
            Map.entry("bin", "bin"),
            Map.entry("ben", "bin"),
            Map.entry("ibn", "bin"),
            Map.entry("bn", "bin"),
            Map.entry("abn", "bin"),
            Map.entry("bint", "bin"),
            Map.entry("binti", "bin"),
            Map.entry("binte", "bin"),
            Map.entry("bnt", "bin"),
            Map.entry("ould", "bin"),
            Map.entry("wuld", "bin"));

    /** The article assimilated to a following "sun letter" (ad-Din, ash-Shaykh): an article only before a hyphen. */
    static final Set<String> SUN_ARTICLES = Set.of(
            "ad", "ar", "as", "at", "az", "an", "ash", "adh", "ath", "ud", "ur", "us", "ut", "uz", "un", "ed", "er",
            "es", "et", "ez", "en", "esh", "ush", "ah", "eh");

    /** Canonical spellings of name words that are written many ways but are not low-weight particles. */
    static final Map<String, String> CANONICAL = Map.ofEntries(
            Map.entry("abou", "abu"),
            Map.entry("abo", "abu"),
            Map.entry("aboo", "abu"),
            Map.entry("abw", "abu"),
            Map.entry("bw", "abu"),
            Map.entry("bd", "abd"),
            Map.entry("allh", "allah"),
            Map.entry("alla", "allah"),
            Map.entry("ullah", "allah"),
            Map.entry("ollah", "allah"),
            Map.entry("ulla", "allah"),
            Map.entry("olla", "allah"),
            Map.entry("ellah", "allah"));

    /** Particles of European names. */
    static final Set<String> EUROPEAN_PARTICLES = Set.of(
            "de", "del", "della", "der", "den", "di", "da", "das", "do", "dos", "du", "van", "von", "la", "le", "los",
            "las", "y", "zu", "ten", "ter", "vander", "vanden", "of", "the", "and");

    /** Words many unrelated organisations share. */
    static final Set<String> GENERIC = Set.of(
            "trading",
            "trade",
            "traders",
            "group",
            "groups",
            "international",
            "intl",
            "internacional",
            "bank",
            "banking",
            "industries",
            "industry",
            "industrial",
            "holding",
            "holdings",
            "services",
            "service",
            "import",
            "export",
            "imports",
            "exports",
            "importexport",
            "general",
            "enterprise",
            "enterprises",
            "global",
            "technology",
            "technologies",
            "tech",
            "engineering",
            "investment",
            "investments",
            "development",
            "resources",
            "logistics",
            "shipping",
            "marine",
            "maritime",
            "commercial",
            "commerce",
            "manufacturing",
            "products",
            "solutions",
            "systems",
            "electronics",
            "equipment",
            "construction",
            "foreign",
            "national",
            "united",
            "energy",
            "power",
            "chemical",
            "chemicals",
            "finance",
            "financial",
            "capital",
            "management",
            "partners",
            "associates",
            "consulting",
            "agency",
            "center",
            "centre",
            "institute",
            "research",
            "production",
            "factory",
            "plant",
            "works",
            "bureau",
            "office",
            "branch",
            "organization",
            "organisation",
            "foundation",
            "association",
            "union",
            "society",
            "fund",
            "cooperative",
            "supply",
            "supplies",
            "transport",
            "transportation",
            "airlines",
            "airline",
            "air",
            "aviation",
            "petroleum",
            "oil",
            "gas",
            "mining",
            "metals",
            "steel",
            "textile",
            "textiles",
            "electric",
            "electrical",
            "machinery",
            "tools",
            "company",
            "companies",
            "firm",
            "business",
            "commodities",
            "ventures",
            "project",
            "projects",
            "scientific",
            "science",
            "sciences",
            "design",
            "network",
            "media",
            "studio",
            "store",
            "shop",
            "market",
            "exchange",
            "money",
            "tours",
            "travel",
            "pharmaceutical",
            "pharmaceuticals",
            "medical",
            "hospital",
            "university",
            "academy",
            "school",
            "ministry",
            "department",
            "state",
            "republic",
            "federal",
            "central",
            "sea",
            "ocean",
            "shipmanagement",
            "navigation",
            "lines",
            "line",
            "freight",
            "cargo",
            "express",
            "auto",
            "motors",
            "motor",
            "agro",
            "food",
            "foods",
            "import-export",
            "industrie",
            "industria",
            "comercial",
            "compania",
            "sociedad",
            "societe",
            "gesellschaft",
            "handels",
            "handel",
            "zavod",
            "kombinat",
            "obyedinenie",
            "nauchno",
            "proizvodstvennoe",
            "predpriyatie",
            "tsentr",
            "institut",
            "korporatsiya",
            "gruppa",
            "kompaniya",
            "firma",
            "torgovy",
            "torgovyy",
            "dom");

    /** A legal form: its spelling as a token sequence and the canonical marker. */
    record LegalForm(List<String> words, String marker, boolean ambiguous) {}

    /** Single-letter runs ("s a", "l l c") that spell a legal form when joined. */
    static final Map<String, String> JOINED_LEGAL_FORMS = new HashMap<>();

    /** Legal forms by their first word, longest first. */
    static final Map<String, List<LegalForm>> LEGAL_FORMS = buildLegalForms();

    /**
     * Legal forms whose first word is long enough to be recognised with a typing error, by that word's first
     * letter (a typo in the first letter is rare enough to miss).
     */
    static final Map<String, List<LegalForm>> LEGAL_FORMS_FUZZY = buildFuzzy();

    private static Map<String, List<LegalForm>> buildFuzzy() {
        Map<String, List<LegalForm>> m = new HashMap<>();
        for (List<LegalForm> l : LEGAL_FORMS.values()) {
            for (LegalForm lf : l) {
                String first = lf.words().get(0);
                if (first.length() >= 5 && !lf.ambiguous()) {
                    m.computeIfAbsent(first.substring(0, 1), k -> new java.util.ArrayList<>())
                            .add(lf);
                }
            }
        }
        for (List<LegalForm> l : m.values()) {
            l.sort((a, b) -> b.words().size() - a.words().size());
        }
        return m;
    }

    private static Map<String, List<LegalForm>> buildLegalForms() {
        Map<String, List<LegalForm>> m = new HashMap<>();
        String[][] table = {
            // marker, then spellings; a leading '?' marks a spelling that is also an ordinary word or name
            {
                "#llc",
                "llc",
                "limited liability company",
                "limited liability co",
                "ltd liability company",
                "ooo",
                "too",
                "tov",
                "obshchestvo s ogranichennoy otvetstvennostyu",
                "obshestvo s ogranichennoi otvetstvennostyu",
                "tovarystvo z obmezhenoyu vidpovidalnistyu",
                "spzoo",
                "sp zoo",
                "sro",
                "kft",
                "doo",
                "mchj",
                "mchzh",
                "fz llc",
                "fzllc",
                "limited liability partnership llc"
            },
            {
                "#jsc",
                "jsc",
                "ojsc",
                "cjsc",
                "pjsc",
                "jsco",
                "oao",
                "pao",
                "zao",
                "?ao",
                "joint stock company",
                "open joint stock company",
                "closed joint stock company",
                "public joint stock company",
                "joint stock co",
                "jointstock company",
                "aktsionernoe obshchestvo",
                "aktsionernoye obshchestvo",
                "otkrytoe aktsionernoe obshchestvo",
                "zakrytoe aktsionernoe obshchestvo",
                "publichnoe aktsionernoe obshchestvo",
                "aktsiyonerne tovarystvo",
                "pat",
                "prat",
                "?ad",
                "?ag",
                "aktiengesellschaft",
                "?sa",
                "sociedad anonima",
                "societe anonyme",
                "?as",
                "?spa",
                "societa per azioni",
                "?nv",
                "naamloze vennootschap",
                "?ab",
                "aktiebolag",
                "asa",
                "?oy",
                "oyj",
                "sal",
                "saog",
                "saoc",
                "psc",
                "pjsc",
                "qsc",
                "qpsc",
                "bsc",
                "jsc co",
                "public jsc",
                "closed jsc",
                "open jsc",
                "public joint stock co",
                "closed joint stock co",
                "open joint stock co",
                "private jsc",
                "private joint stock company",
                "non public joint stock company",
                "public company",
                "?pt",
                "tbk",
                "pt tbk",
                "kk",
                "kabushiki kaisha",
                "?se"
            },
            {
                "#ltd",
                "ltd",
                "limited",
                "co ltd",
                "company limited",
                "company ltd",
                "co limited",
                "pte ltd",
                "pvt ltd",
                "private limited",
                "private limited company",
                "pte",
                "pvt",
                "pty ltd",
                "pty",
                "proprietary limited",
                "sdn bhd",
                "bhd",
                "berhad",
                "ltda",
                "limitada",
                "wll",
                "with limited liability",
                "fze",
                "fzco",
                "fzc",
                "fzo",
                "fz co",
                "dmcc",
                "est",
                "establishment",
                "sarl",
                "srl",
                "sprl",
                "bvba",
                "bv",
                "besloten vennootschap",
                "sas",
                "eirl",
                "eurl",
                "sl",
                "slu",
                "cv",
                "de cv",
                "sa de cv",
                "sapi de cv",
                "s de rl",
                "s de rl de cv",
                "ltd co",
                "lda"
            },
            {"#inc", "inc", "incorporated", "corp", "corporation", "co inc", "company inc"},
            {
                "#co",
                "co",
                "company",
                "and co",
                "and company",
                "kg",
                "gmbh co kg",
                "ohg",
                "llp",
                "lp",
                "limited partnership",
                "limited liability partnership",
                "partnership",
                "plc",
                "public limited company",
                "gmbh",
                "mbh",
                "gesellschaft mit beschrankter haftung",
                "ggmbh",
                "ug",
                "aps",
                "spol sro",
                "ek",
                "gbr"
            },
        };
        for (String[] row : table) {
            String marker = row[0];
            for (int i = 1; i < row.length; i++) {
                String spelling = row[i];
                boolean ambiguous = spelling.startsWith("?");
                if (ambiguous) {
                    spelling = spelling.substring(1);
                }
                List<String> words = List.of(spelling.split(" "));
                LegalForm lf = new LegalForm(words, marker, ambiguous);
                m.computeIfAbsent(words.get(0), k -> new java.util.ArrayList<>())
                        .add(lf);
            }
        }
        // the Russian forms in their many romanisations
        String[] society = {"obshchestvo", "obshestvo", "obschestvo", "obshhestvo"};
        for (String ob : society) {
            for (String lim : new String[] {"ogranichennoy", "ogranichennoi", "ogranichennoj", "ogranichennoe"}) {
                for (String resp : new String[] {"otvetstvennostyu", "otvetstvennostju", "otvetstvennostiu"}) {
                    add(m, "#llc", ob + " s " + lim + " " + resp, false);
                }
            }
            for (String ak :
                    new String[] {"aktsionernoe", "aktsionernoye", "aktsionernoie", "aktsyonernoe", "akcionernoe"}) {
                add(m, "#jsc", ak + " " + ob, false);
                for (String kind : new String[] {
                    "otkrytoe", "otkrytoye", "zakrytoe", "zakrytoye", "publichnoe", "publichnoye", "nepublichnoe"
                }) {
                    add(m, "#jsc", kind + " " + ak + " " + ob, false);
                }
            }
        }
        for (List<LegalForm> l : m.values()) {
            l.sort((a, b) -> b.words().size() - a.words().size());
        }
        String[][] joined = {
            {"llc", "#llc"}, {"sa", "#jsc"}, {"sas", "#ltd"}, {"spa", "#jsc"}, {"srl", "#ltd"}, {"bv", "#ltd"},
            {"nv", "#jsc"}, {"ag", "#jsc"}, {"ab", "#jsc"}, {"as", "#jsc"}, {"plc", "#co"}, {"llp", "#co"},
            {"lp", "#co"}, {"jsc", "#jsc"}, {"ooo", "#llc"}, {"oao", "#jsc"}, {"zao", "#jsc"}, {"pao", "#jsc"},
            {"ao", "#jsc"}, {"sal", "#jsc"}, {"spzoo", "#llc"}, {"sro", "#llc"}, {"doo", "#llc"}, {"sarl", "#ltd"},
            {"sl", "#ltd"}, {"cv", "#ltd"}, {"sacv", "#ltd"}, {"sadecv", "#ltd"}, {"wll", "#ltd"}, {"ad", "#jsc"},
            {"kk", "#jsc"}, {"gmbh", "#co"}, {"inc", "#inc"}, {"co", "#co"}, {"ltd", "#ltd"}, {"fze", "#ltd"}
        };
        for (String[] j : joined) {
            JOINED_LEGAL_FORMS.put(j[0], j[1]);
        }
        return m;
    }

    private static void add(Map<String, List<LegalForm>> m, String marker, String spelling, boolean ambiguous) {
        List<String> words = List.of(spelling.split(" "));
        m.computeIfAbsent(words.get(0), k -> new java.util.ArrayList<>()).add(new LegalForm(words, marker, ambiguous));
    }

    /** Suffixes of East Slavic patronymics. */
    static boolean isPatronymic(String t) {
        if (t.length() < 7) {
            return false;
        }
        return t.endsWith("ovich")
                || t.endsWith("evich")
                || t.endsWith("ovych")
                || t.endsWith("evych")
                || t.endsWith("ovna")
                || t.endsWith("evna")
                || t.endsWith("ivna")
                || t.endsWith("ichna")
                || t.endsWith("ovitch")
                || t.endsWith("ievich")
                || t.endsWith("yevich")
                || t.endsWith("ogly")
                || t.endsWith("oglu")
                || t.endsWith("kyzy")
                || t.endsWith("qizi")
                || t.endsWith("ich") && t.length() >= 8;
    }
}
