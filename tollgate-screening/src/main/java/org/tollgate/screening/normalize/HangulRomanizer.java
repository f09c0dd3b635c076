package org.tollgate.screening.normalize;

/**
 * Romanises Hangul syllables the way the restricted-party lists write Korean names: a McCune-Reischauer
 * style without diacritics ("Kim Jong Un", "Choe Ryong Hae", "Ri Yong Ho"), which is what the North Korean
 * entries on the lists use. ICU's Hangul-Latin follows the South Korean Revised Romanisation ("gim jeong-eun"),
 * which matches none of them; the variant tables bridge the remaining differences (Choi/Choe, Lee/Ri).
 */
final class HangulRomanizer {
    private static final String[] INITIAL = {
        "k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s", "ss", "", "j", "jj", "ch", "kh", "th", "ph", "h"
    };
    private static final String[] VOWEL = {
        "a", "ae", "ya", "yae", "o", "e", "yo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "u",
        "ui", "i"
    };
    private static final String[] FINAL = {
        "", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng",
        "t", "t", "k", "t", "p", "t"
    };

    private HangulRomanizer() {}

    static boolean isSyllable(int cp) {
        return cp >= 0xAC00 && cp <= 0xD7A3;
    }

    /**
     * Romanises one syllable. One-letter results are lengthened the way Korean surnames are usually written
     * (이 "Yi", 오 "Oh", 우 "Woo"), so they are not taken for initials.
     */
    static String syllable(int cp, boolean alone) {
        int s = cp - 0xAC00;
        int l = s / 588;
        int v = (s % 588) / 28;
        int t = s % 28;
        String r = INITIAL[l] + VOWEL[v] + FINAL[t];
        if (!alone) {
            return r;
        }
        return switch (r) {
            case "i" -> "yi";
            case "o" -> "oh";
            case "u" -> "woo";
            case "e" -> "eh";
            case "a" -> "ah";
            default -> r;
        };
    }
}
