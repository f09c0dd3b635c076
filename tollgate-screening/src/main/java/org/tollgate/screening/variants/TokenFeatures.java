package org.tollgate.screening.variants;

import java.util.Objects;

/**
 * A token with the keys it is compared and looked up by: its variant classes, Double Metaphone codes and
 * consonant skeleton. Computed once per distinct token.
 *
 * @param text the normalised token
 * @param classes the ids of its variant classes in the {@link VariantTable}, ascending
 * @param primary the primary Double Metaphone code ("" when not applicable)
 * @param alternate the alternate Double Metaphone code
 * @param skeleton the consonant skeleton
 * @param consonantal whether the token was transliterated from a script without written short vowels
 * @param hasDigit whether the token holds a digit (numbers only ever match exactly)
 * @param syllabic whether the token was romanised from a syllabic script (matched only exactly or by variant)
 * @param loose the token with the spellings on which romanisation systems disagree made one ({@link #loosen})
 */
public record TokenFeatures(
        String text,
        int[] classes,
        String primary,
        String alternate,
        String skeleton,
        boolean consonantal,
        boolean hasDigit,
        boolean syllabic,
        String loose) {
    public TokenFeatures {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(classes, "classes");
    }

    /** The features of a token. */
    public static TokenFeatures of(String text, boolean consonantal, VariantTable variants) {
        return of(text, consonantal, false, variants);
    }

    /** The features of a token, with its script kind. */
    public static TokenFeatures of(String text, boolean consonantal, boolean syllabic, VariantTable variants) {
        boolean digit = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
                break;
            }
        }
        if (digit || text.startsWith("#")) {
            return new TokenFeatures(text, new int[0], "", "", "", false, digit, false, text);
        }
        String p = PhoneticKeys.primary(text);
        String a = PhoneticKeys.alternate(text);
        return new TokenFeatures(
                text,
                variants.classesOf(text),
                p == null ? "" : p,
                a == null ? "" : a,
                PhoneticKeys.skeleton(text),
                consonantal,
                false,
                syllabic,
                loosen(text));
    }

    /**
     * The spelling with the differences between romanisation systems removed: Russian writes the j of
     * foreign names "dzh" and every h "kh", has no w, and ends names in "-iy" where English writes "-i"
     * ("Джон" is "dzhon", "Хаджи" "khadzhi", "Вахид" "vakhid").
     */
    public static String loosen(String s) {
        if (s.indexOf('h') < 0 && s.indexOf('w') < 0 && !s.endsWith("iy") && !s.startsWith("ye")) {
            return s;
        }
        String r = s.replace("dzh", "j").replace("kh", "h").replace('w', 'v');
        if (r.endsWith("iy")) {
            r = r.substring(0, r.length() - 1);
        }
        if (r.startsWith("ye")) {
            r = r.substring(1);
        }
        return r;
    }

    /** Whether this is a legal-form marker. */
    public boolean legalForm() {
        return text.startsWith("#");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TokenFeatures f
                && f.text.equals(text)
                && f.consonantal == consonantal
                && f.syllabic == syllabic;
    }

    @Override
    public int hashCode() {
        return text.hashCode() * 31 + (consonantal ? 1 : 0) + (syllabic ? 2 : 0);
    }

    @Override
    public String toString() {
        return text;
    }
}
