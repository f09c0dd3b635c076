package org.tollgate.lists.country;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the country names, codes and demonyms lists write ("Korea, North", "Iran", "RUS", "Burma",
 * "Crimea region of Ukraine", "Russian") into ISO 3166-1 alpha-2 codes.
 */
public final class Countries {
    private static final Map<String, String> BY_KEY = build();
    private static final Set<String> ALPHA2 = Set.of(Locale.getISOCountries());
    private static final java.util.concurrent.ConcurrentHashMap<String, Optional<String>> CACHE =
            new java.util.concurrent.ConcurrentHashMap<>();

    private Countries() {}

    /**
     * The ISO 3166-1 alpha-2 code for a country name, alpha-2 or alpha-3 code, or demonym.
     *
     * @return the upper-case code, or empty when the text names no known country
     */
    public static Optional<String> alpha2(String text) {
        if (text == null) {
            return Optional.empty();
        }
        // lists repeat a few hundred spellings over and over; normalising each time dominated parse time
        Optional<String> cached = CACHE.get(text);
        if (cached != null) {
            return cached;
        }
        Optional<String> found = lookup(text);
        if (CACHE.size() < 50_000) {
            CACHE.put(text, found);
        }
        return found;
    }

    private static Optional<String> lookup(String text) {
        String t = text.strip();
        if (t.length() == 2 && ALPHA2.contains(t.toUpperCase(Locale.ROOT))) {
            return Optional.of(t.toUpperCase(Locale.ROOT));
        }
        String key = key(t);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        String code = BY_KEY.get(key);
        if (code == null && key.startsWith("the ")) {
            code = BY_KEY.get(key.substring(4));
        }
        if (code == null) {
            // OFAC and the UN write the article or qualifier after a comma: "Bahamas, The", "Man, Isle of"
            int comma = t.indexOf(',');
            if (comma > 0) {
                String head = key(t.substring(0, comma));
                String tail = key(t.substring(comma + 1));
                code = BY_KEY.get(tail + " " + head);
                if (code == null) {
                    code = BY_KEY.get(head);
                }
            }
        }
        return Optional.ofNullable(code);
    }

    /** Whether the code is an assigned ISO 3166-1 alpha-2 code. */
    public static boolean isAlpha2(String code) {
        return code != null && code.length() == 2 && ALPHA2.contains(code);
    }

    /** The English short name of a code, or the code itself when unknown. */
    public static String name(String alpha2) {
        if (!isAlpha2(alpha2)) {
            return alpha2;
        }
        return new Locale("", alpha2).getDisplayCountry(Locale.ENGLISH);
    }

    static String key(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        n = n.toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("[^a-z0-9 ]+", " ");
        return n.replaceAll("\\s+", " ").strip();
    }

    private static Map<String, String> build() {
        Map<String, String> m = new HashMap<>();
        for (String code : Locale.getISOCountries()) {
            Locale l = new Locale("", code);
            m.put(key(l.getDisplayCountry(Locale.ENGLISH)), code);
            try {
                m.put(key(l.getISO3Country()), code);
            } catch (java.util.MissingResourceException ignored) {
                // a few codes have no alpha-3 in the JDK; the name still maps
            }
        }
        String[][] aliases = {
            {"US", "united states of america", "usa", "u s a", "u s", "america", "american"},
            {
                "GB",
                "united kingdom of great britain and northern ireland",
                "great britain",
                "britain",
                "england",
                "scotland",
                "wales",
                "northern ireland",
                "uk",
                "british"
            },
            {"RU", "russian federation", "russia", "russian"},
            {"IR", "iran", "iran islamic republic of", "islamic republic of iran", "iranian", "persia"},
            {
                "KP",
                "north korea",
                "korea north",
                "korea democratic people s republic of",
                "democratic people s republic of korea",
                "dprk",
                "korea dpr",
                "north korean"
            },
            {"KR", "south korea", "korea south", "korea republic of", "republic of korea", "korea", "south korean"},
            {"SY", "syria", "syrian arab republic", "syrian"},
            {"CU", "cuba", "cuban"},
            {"VE", "venezuela", "venezuela bolivarian republic of", "venezuelan"},
            {"BO", "bolivia", "bolivia plurinational state of"},
            {"TZ", "tanzania", "tanzania united republic of"},
            {"MD", "moldova", "moldova republic of"},
            {"VN", "vietnam", "viet nam", "vietnamese"},
            {"LA", "laos", "lao people s democratic republic", "lao pdr"},
            {"MM", "burma", "myanmar", "burmese"},
            {
                "CD",
                "congo democratic republic of the",
                "democratic republic of the congo",
                "drc",
                "congo kinshasa",
                "zaire"
            },
            {"CG", "congo", "republic of the congo", "congo republic of the", "congo brazzaville"},
            {"CI", "cote d ivoire", "ivory coast"},
            {
                "PS",
                "palestine",
                "palestinian territories",
                "west bank",
                "gaza",
                "palestinian territory",
                "palestine state of",
                "occupied palestinian territory"
            },
            {"MK", "macedonia", "north macedonia", "the former yugoslav republic of macedonia"},
            {"CZ", "czech republic", "czechia"},
            {"TR", "turkey", "turkiye", "turkish"},
            {"TW", "taiwan", "taiwan province of china", "chinese taipei"},
            {"HK", "hong kong", "hong kong sar", "hong kong special administrative region china"},
            {"MO", "macau", "macao"},
            {"CN", "china", "people s republic of china", "prc", "chinese"},
            {"BN", "brunei", "brunei darussalam"},
            {"CV", "cape verde", "cabo verde"},
            {"SZ", "swaziland", "eswatini"},
            {"VA", "holy see", "vatican", "vatican city"},
            {"FM", "micronesia", "micronesia federated states of"},
            {"KN", "st kitts and nevis", "saint kitts and nevis"},
            {"LC", "st lucia", "saint lucia"},
            {"VC", "st vincent and the grenadines", "saint vincent and the grenadines"},
            {"BA", "bosnia", "bosnia herzegovina", "bosnia and herzegovina"},
            {"TL", "east timor", "timor leste"},
            {"XK", "kosovo"},
            {"AE", "uae", "united arab emirates", "emirati"},
            {"SA", "saudi arabia", "saudi"},
            {"IQ", "iraq", "iraqi"},
            {"AF", "afghanistan", "afghan"},
            {"PK", "pakistan", "pakistani"},
            {"LB", "lebanon", "lebanese"},
            {"YE", "yemen", "yemeni"},
            {"LY", "libya", "libyan", "libyan arab jamahiriya"},
            {"SD", "sudan", "sudanese"},
            {"SO", "somalia", "somali"},
            {"UA", "ukraine", "ukrainian"},
            {"BY", "belarus", "belarusian", "byelorussia"},
            {"DE", "germany", "german"},
            {"FR", "france", "french"},
            {"IT", "italy", "italian"},
            {"ES", "spain", "spanish"},
            {"JO", "jordan", "jordanian"},
            {"EG", "egypt", "egyptian"},
            {"IN", "india", "indian"},
            {"ID", "indonesia", "indonesian"},
            {"MY", "malaysia", "malaysian"},
            {"PH", "philippines", "filipino"},
            {"KW", "kuwait", "kuwaiti"},
            {"QA", "qatar", "qatari"},
            {"BH", "bahrain", "bahraini"},
            {"OM", "oman", "omani"},
            {"DZ", "algeria", "algerian"},
            {"TN", "tunisia", "tunisian"},
            {"MA", "morocco", "moroccan"},
            {"NG", "nigeria", "nigerian"},
            {"KE", "kenya", "kenyan"},
            {"MX", "mexico", "mexican"},
            {"CO", "colombia", "colombian"},
            {"NI", "nicaragua", "nicaraguan"},
            {"CA", "canada", "canadian"},
            {"AU", "australia", "australian"},
            {"IL", "israel", "israeli"},
            {"KZ", "kazakhstan", "kazakh"},
            {"UZ", "uzbekistan", "uzbek"},
            {"TJ", "tajikistan", "tajik"},
            {"KG", "kyrgyzstan", "kyrgyz", "kyrgyz republic"},
            {"TM", "turkmenistan", "turkmen"},
            {"AZ", "azerbaijan", "azerbaijani"},
            {"AM", "armenia", "armenian"},
            {"GE", "georgia", "georgian"},
            {"GM", "gambia", "the gambia"},
            {"BS", "bahamas", "the bahamas"},
            {"NL", "netherlands", "the netherlands", "holland", "dutch"},
            {"RS", "serbia", "serbian"},
            {"ME", "montenegro"},
            {"SS", "south sudan"},
            {"ER", "eritrea", "eritrean"},
            {"ET", "ethiopia", "ethiopian"},
            {"ML", "mali", "malian"},
            {"CF", "central african republic"},
            {"ZW", "zimbabwe", "zimbabwean"},
            {"BY", "belarus"},
            {"VG", "british virgin islands", "virgin islands british"},
            {"VI", "us virgin islands", "virgin islands u s"},
            {"KY", "cayman islands"},
            {"SC", "seychelles"},
            {"SG", "singapore", "singaporean"},
            {"TH", "thailand", "thai"},
            {"JP", "japan", "japanese"},
            {"ST", "sao tome and principe"},
            {"IM", "isle of man"},
            {"PS", "palestinian", "occupied palestinian territories"},
            {"TZ", "united republic of tanzania"},
            {"MK", "north macedonia the republic of", "republic of north macedonia"},
        };
        for (String[] row : aliases) {
            for (int i = 1; i < row.length; i++) {
                m.put(key(row[i]), row[0]);
            }
        }
        // Regions that sanctions programs name as places; mapped to the country whose code lists give them.
        m.put(key("Crimea region of Ukraine"), "UA");
        m.put(key("Crimea"), "UA");
        m.put(key("Region: Crimea"), "UA");
        return Map.copyOf(m);
    }
}
