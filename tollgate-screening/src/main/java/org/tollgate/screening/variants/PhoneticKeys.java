package org.tollgate.screening.variants;

import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * Sound-alike keys of a name token: the two Double Metaphone codes (from Apache Commons Codec) and a
 * consonant skeleton. The skeleton is what a name looks like in a script that does not write short vowels:
 * "mohammed", "muhammad" and the transliteration of Arabic محمد ("mhmd") all give {@code mhmd}, "hussein"
 * and حسين ("hsyn") give {@code hsn}. Stateless and thread-safe.
 */
public final class PhoneticKeys {
    private static final int CODE_LENGTH = 6;

    private PhoneticKeys() {}

    /** The primary Double Metaphone code, or empty for a token with no letters. */
    public static String primary(String token) {
        return encoder().doubleMetaphone(token, false);
    }

    /** The alternate Double Metaphone code (often equal to the primary). */
    public static String alternate(String token) {
        return encoder().doubleMetaphone(token, true);
    }

    private static DoubleMetaphone encoder() {
        DoubleMetaphone dm = new DoubleMetaphone();
        dm.setMaxCodeLen(CODE_LENGTH);
        return dm;
    }

    /**
     * The consonant skeleton: vowels and the half-vowels w, y, v dropped; q and c written k; the digraphs
     * kh, sh, th, dh, gh, ph, zh reduced to one letter; doubled letters once; a final h dropped.
     */
    public static String skeleton(String token) {
        StringBuilder b = new StringBuilder(token.length());
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            switch (c) {
                case 'a', 'e', 'i', 'o', 'u', 'y', 'w', 'v' -> {}
                case 'q', 'c' -> b.append('k');
                case 'x' -> b.append("ks");
                default -> {
                    if (c >= 'a' && c <= 'z') {
                        b.append(c);
                    }
                }
            }
        }
        StringBuilder out = new StringBuilder(b.length());
        for (int i = 0; i < b.length(); i++) {
            char c = b.charAt(i);
            int n = out.length();
            if (n > 0 && out.charAt(n - 1) == c) {
                continue;
            }
            if (c == 'h' && n > 0) {
                char p = out.charAt(n - 1);
                if (p == 'k' || p == 's' || p == 't' || p == 'd' || p == 'g' || p == 'p' || p == 'z') {
                    if (p == 'p') {
                        out.setCharAt(n - 1, 'f');
                    }
                    continue;
                }
            }
            out.append(c);
        }
        int n = out.length();
        if (n > 1 && out.charAt(n - 1) == 'h') {
            out.setLength(n - 1);
        }
        // digraph reduction may have left a doubled letter ("kk" from "k-kh")
        StringBuilder r = new StringBuilder(out.length());
        for (int i = 0; i < out.length(); i++) {
            if (r.length() == 0 || r.charAt(r.length() - 1) != out.charAt(i)) {
                r.append(out.charAt(i));
            }
        }
        return r.toString();
    }
}
