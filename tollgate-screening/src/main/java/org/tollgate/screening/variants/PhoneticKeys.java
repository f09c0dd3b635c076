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
     * The consonant skeleton: doubled letters written once; vowels and the half-vowels w, y, v dropped; q and
     * c written k (s before e, i, y), dj written j; the digraphs kh, sh, th, dh, gh, ph, zh reduced to one letter; a final h
     * dropped. Letters that only meet once the vowels between them are gone stay apart ("aziz" is {@code zz}).
     */
    public static String skeleton(String token) {
        StringBuilder b = new StringBuilder(token.length());
        char prevRaw = 0;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c == prevRaw) {
                continue;
            }
            prevRaw = c;
            switch (c) {
                case 'a', 'e', 'i', 'o', 'u', 'y', 'w', 'v' -> {}
                case 'c' -> {
                    // a soft c ("Lounici", "Cyrus") is an s; otherwise a k
                    char next = i + 1 < token.length() ? token.charAt(i + 1) : 0;
                    if (next == 'e' || next == 'i' || next == 'y') {
                        b.append('s');
                    } else if (b.length() == 0
                            || b.charAt(b.length() - 1) != 'k'
                            || !(i > 0 && "kcq".indexOf(token.charAt(i - 1)) >= 0)) {
                        b.append('k');
                    }
                }
                case 'q' -> {
                    // "ck", "kq", "qq": one k sound
                    if (b.length() == 0
                            || b.charAt(b.length() - 1) != 'k'
                            || !(i > 0 && "kcq".indexOf(token.charAt(i - 1)) >= 0)) {
                        b.append('k');
                    }
                }
                case 'x' -> b.append("ks");
                case 'j' -> {
                    if (b.length() > 0 && b.charAt(b.length() - 1) == 'd' && i > 0 && token.charAt(i - 1) == 'd') {
                        b.setCharAt(b.length() - 1, 'j');
                    } else {
                        b.append('j');
                    }
                }
                case 'h' -> {
                    int n = b.length();
                    char p = n > 0 ? b.charAt(n - 1) : 0;
                    boolean digraph = i > 0 && token.charAt(i - 1) == p;
                    if (digraph && (p == 'k' || p == 's' || p == 't' || p == 'd' || p == 'g' || p == 'z')) {
                        continue;
                    }
                    if (digraph && p == 'p') {
                        b.setCharAt(n - 1, 'f');
                        continue;
                    }
                    b.append('h');
                }
                default -> {
                    if (c >= 'a' && c <= 'z') {
                        b.append(c);
                    }
                }
            }
        }
        int n = b.length();
        if (n > 1 && b.charAt(n - 1) == 'h') {
            b.setLength(n - 1);
        }
        return b.toString();
    }
}
