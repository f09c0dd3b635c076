package org.tollgate.screening.normalize;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Turns one word of any script into lower-case ASCII. Latin text takes a fast path (decomposition and a
 * small table for letters that do not decompose); other scripts go through the ICU transliterator that
 * suits them best for names: BGN/PCGN for Russian and Ukrainian (the system the US and UK lists use),
 * ICU's Arabic-Latin for Arabic and Persian (it keeps the consonants, which is all the script writes),
 * UNGEGN for Greek, Pinyin with name readings for Han, and a McCune-Reischauer table for Hangul.
 *
 * <p>ICU transliterators are not documented as safe for concurrent use, so each thread has its own set.
 */
public final class Transliteration {
    private static final Map<ScriptGroup, String> RULES = new EnumMap<>(ScriptGroup.class);

    static {
        RULES.put(ScriptGroup.CYRILLIC, "Russian-Latin/BGN; Latin-ASCII");
        RULES.put(ScriptGroup.ARABIC, "Arabic-Latin; Latin-ASCII");
        RULES.put(ScriptGroup.HEBREW, "Hebrew-Latin; Latin-ASCII");
        RULES.put(ScriptGroup.GREEK, "Greek-Latin/UNGEGN; Latin-ASCII");
        RULES.put(ScriptGroup.HAN, "Han-Latin/Names; Latin-ASCII");
        RULES.put(ScriptGroup.KANA, "Any-Latin; Latin-ASCII");
        RULES.put(ScriptGroup.OTHER, "Any-Latin; Latin-ASCII");
        RULES.put(ScriptGroup.LATIN, "Latin-ASCII");
    }

    private static final String UKRAINIAN = "Ukrainian-Latin/BGN; Latin-ASCII";

    private static final ThreadLocal<Map<String, Transliterator>> CACHE =
            ThreadLocal.withInitial(java.util.HashMap::new);

    private Transliteration() {}

    /**
     * The word in lower-case ASCII. Characters with no ASCII form are dropped; the result may hold spaces
     * (Han gives one syllable per character) and other separators, which the tokenizer splits on.
     */
    public static String toAscii(String word, ScriptGroup script) {
        return toAscii(word, script, false);
    }

    /**
     * Like {@link #toAscii(String, ScriptGroup)}; {@code persian} says that the name the word belongs to is
     * written the Persian, Urdu or Pashto way (see {@link #writtenThePersianWay}), which changes how a few Arabic
     * letters are read.
     */
    public static String toAscii(String word, ScriptGroup script, boolean persian) {
        String out;
        switch (script) {
            case LATIN, NONE -> out = foldLatin(word);
            case HANGUL -> out = hangul(word);
            case ARABIC -> out = arabic(word, persian);
            case CYRILLIC ->
                out = transliterator(isUkrainian(word) ? UKRAINIAN : RULES.get(script))
                        .transliterate(word);
            default -> out = transliterator(RULES.get(script)).transliterate(word);
        }
        return out.toLowerCase(Locale.ROOT);
    }

    /**
     * A Cyrillic letter inside a Latin word is almost always a look-alike typed by mistake or to evade a
     * filter ("Рutin" with a Cyrillic Р): read it as the Latin letter it looks like.
     */
    public static String homoglyphsToLatin(String run) {
        StringBuilder b = new StringBuilder(run.length());
        for (int i = 0; i < run.length(); i++) {
            char c = run.charAt(i);
            int k = CYRILLIC_LOOKALIKES.indexOf(c);
            b.append(k >= 0 ? LATIN_LOOKALIKES.charAt(k) : c);
        }
        return b.toString();
    }

    private static final String CYRILLIC_LOOKALIKES = "АВЕКМНОРСТУХаеорсухіјѕІЈЅ";
    private static final String LATIN_LOOKALIKES = "ABEKMHOPCTYXaeopcyxijsIJS";

    private static boolean isUkrainian(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == 'і' || c == 'ї' || c == 'є' || c == 'ґ' || c == 'І' || c == 'Ї' || c == 'Є' || c == 'Ґ') {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a name uses letters that only Persian, Urdu or Pashto write (پ چ ژ گ, the Persian kaf and yeh, the
     * Urdu heh and yeh barree, Pashto's own letters). Such names read ث as s and ذ ض ظ as z, as their Latin
     * spellings do (ZAKIR, ZIA, MORTEZA, SANAULLAH), where Arabic names have th, dh, d and z.
     */
    public static boolean writtenThePersianWay(CharSequence name) {
        for (int i = 0; i < name.length(); i++) {
            if (PERSIAN_LETTERS.indexOf(name.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static final String PERSIAN_LETTERS = "\u067E\u0686\u0698\u06AF\u06A9\u06CC\u06C0\u06BE\u06C1\u06D2"
            + "\u0679\u0688\u0691\u069A\u0696\u0681\u0685\u067C\u0689\u0693\u06BC\u06CD\u06D0";

    private static String arabic(String word, boolean persian) {
        // The definite article is written joined to its noun (التكريتي); Latin lists write it apart
        // ("AL-TIKRITI"), so split it off before transliterating. ٱ (wasla) is a form of alif; the feminine ending
        // ة is written -a or -ah in Latin, never -t, so it is read as the h it looks like. The Urdu and Pashto forms
        // of heh (ھ ہ, and ۀ with its hamza) are the same letter as ه; the transliterator would drop or mangle them.
        String w = word.replace('ٱ', 'ا')
                .replace('ة', 'ه')
                .replace('\u06BE', 'ه')
                .replace('\u06C1', 'ه')
                .replace('\u06C0', 'ه');
        if (persian) {
            w = w.replace('ث', 'س').replace('ذ', 'ز').replace('ض', 'ز').replace('ظ', 'ز');
        }
        if (w.length() >= 4 && w.startsWith("ال") && !w.equals("الله")) {
            return "al " + transliterator(RULES.get(ScriptGroup.ARABIC)).transliterate(w.substring(2));
        }
        return transliterator(RULES.get(ScriptGroup.ARABIC)).transliterate(w);
    }

    /**
     * A Korean word: a given name (two syllables) is one word; a full name written together (three or four
     * syllables, as Koreans write names) is the surname syllable and the given name.
     */
    private static String hangul(String word) {
        StringBuilder b = new StringBuilder();
        int syllables = 0;
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            i += Character.charCount(cp);
            if (HangulRomanizer.isSyllable(cp)) {
                syllables++;
            }
        }
        int n = 0;
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            i += Character.charCount(cp);
            if (HangulRomanizer.isSyllable(cp)) {
                if (n == 1 && syllables >= 3) {
                    b.append(' ');
                }
                b.append(HangulRomanizer.syllable(cp, syllables == 1 || n == 0 && syllables >= 3));
                n++;
            } else {
                b.append(' ').append(transliterator("Any-Latin; Latin-ASCII").transliterate(Character.toString(cp)));
            }
        }
        return b.toString();
    }

    /** Removes diacritics from Latin text and replaces the letters that have no decomposition. */
    static String foldLatin(String word) {
        boolean ascii = true;
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) >= 0x80) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return word;
        }
        String d = Normalizer.normalize(word, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(d.length());
        boolean leftover = false;
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (c < 0x80) {
                b.append(c);
                continue;
            }
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            String r = switch (c) {
                case 'ß' -> "ss";
                case 'æ', 'Æ' -> "ae";
                case 'œ', 'Œ' -> "oe";
                case 'ø', 'Ø' -> "o";
                case 'đ', 'Đ', 'ð', 'Ð' -> "d";
                case 'þ', 'Þ' -> "th";
                case 'ł', 'Ł' -> "l";
                case 'ı' -> "i";
                case 'ŋ', 'Ŋ' -> "ng";
                case 'ə', 'Ə' -> "e";
                case 'ħ', 'Ħ' -> "h";
                default -> null;
            };
            if (r != null) {
                b.append(r);
            } else {
                b.append(c);
                leftover = true;
            }
        }
        String s = b.toString();
        return leftover ? transliterator(RULES.get(ScriptGroup.LATIN)).transliterate(s) : s;
    }

    private static Transliterator transliterator(String rules) {
        return CACHE.get().computeIfAbsent(rules, Transliterator::getInstance);
    }
}
