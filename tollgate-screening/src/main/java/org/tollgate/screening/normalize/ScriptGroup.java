package org.tollgate.screening.normalize;

import com.ibm.icu.lang.UScript;

/** The writing systems the normaliser tells apart, each transliterated to Latin its own way. */
public enum ScriptGroup {
    LATIN(false),
    CYRILLIC(false),
    ARABIC(true),
    HEBREW(true),
    GREEK(false),
    HAN(false),
    HANGUL(false),
    KANA(false),
    OTHER(false),
    /** Digits and symbols only. */
    NONE(false);

    private final boolean consonantal;

    ScriptGroup(boolean consonantal) {
        this.consonantal = consonantal;
    }

    /** Whether the script leaves short vowels unwritten, so its transliterations keep only consonants. */
    public boolean consonantal() {
        return consonantal;
    }

    /** The group of one code point; {@link #NONE} for digits, marks and symbols. */
    public static ScriptGroup of(int codePoint) {
        if (codePoint < 0x80) {
            return Character.isLetter(codePoint) ? LATIN : NONE;
        }
        int s = UScript.getScript(codePoint);
        return switch (s) {
            case UScript.LATIN -> LATIN;
            case UScript.CYRILLIC -> CYRILLIC;
            case UScript.ARABIC, UScript.SYRIAC -> ARABIC;
            case UScript.HEBREW -> HEBREW;
            case UScript.GREEK -> GREEK;
            case UScript.HAN -> HAN;
            case UScript.HANGUL -> HANGUL;
            case UScript.HIRAGANA, UScript.KATAKANA -> KANA;
            case UScript.COMMON, UScript.INHERITED, UScript.UNKNOWN -> NONE;
            default -> OTHER;
        };
    }

    /** The group of a word: that of its first letter in a script, or {@link #NONE}. */
    public static ScriptGroup ofWord(CharSequence word) {
        for (int i = 0; i < word.length(); ) {
            int cp = Character.codePointAt(word, i);
            ScriptGroup g = of(cp);
            if (g != NONE) {
                return g;
            }
            i += Character.charCount(cp);
        }
        return NONE;
    }
}
