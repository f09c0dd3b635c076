package org.tollgate.cli.bench;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark's own, deliberately plain name key: letters and digits only, accents removed, lower case,
 * words sorted. Two names with the same key are the same words in any order ("KIM, Jong Un" and "Jong Un
 * Kim"). It is used to label data (which list entries a query should find, which entries of another list
 * are the same party), never to match, so that the labels do not depend on the engine being measured.
 */
public final class NameKey {
    private NameKey() {}

    /** The key of a name; empty when it has no letter or digit. */
    public static String of(String name) {
        return String.join(" ", words(name, true));
    }

    /** The words of a name in order: accents removed, lower case, apostrophes dropped, split elsewhere. */
    public static List<String> words(String name) {
        return words(name, false);
    }

    private static List<String> words(String name, boolean sorted) {
        String d = Normalizer.normalize(name, Normalizer.Form.NFKD);
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        for (int i = 0; i <= d.length(); ) {
            int cp = i < d.length() ? d.codePointAt(i) : ' ';
            i += i < d.length() ? Character.charCount(cp) : 1;
            int t = Character.getType(cp);
            if (t == Character.NON_SPACING_MARK || t == Character.FORMAT || cp == '\'' || cp == '\u2019') {
                continue;
            }
            if (Character.isLetterOrDigit(cp)) {
                w.appendCodePoint(Character.toLowerCase(cp));
            } else if (w.length() > 0) {
                out.add(w.toString().toLowerCase(Locale.ROOT));
                w.setLength(0);
            }
        }
        if (sorted) {
            Collections.sort(out);
        }
        return out;
    }

    /** Whether every letter of the text is in the Latin script (and there is at least one). */
    public static boolean isLatin(String text) {
        boolean any = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                if (Character.UnicodeScript.of(cp) != Character.UnicodeScript.LATIN) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /** The script most letters of the text are written in, COMMON when it has no letter. */
    public static Character.UnicodeScript script(String text) {
        int[] counts = new int[Character.UnicodeScript.values().length];
        Character.UnicodeScript best = Character.UnicodeScript.COMMON;
        int top = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                Character.UnicodeScript s = Character.UnicodeScript.of(cp);
                if (++counts[s.ordinal()] > top) {
                    top = counts[s.ordinal()];
                    best = s;
                }
            }
        }
        return best;
    }
}
