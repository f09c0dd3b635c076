package org.tollgate.screening.score;

import org.tollgate.screening.explain.MatchMethod;
import org.tollgate.screening.variants.TokenFeatures;
import org.tollgate.screening.variants.VariantTable;

/**
 * How similar two name tokens are, and why. The rules, strongest first: the same token (1.0); variants in
 * the romanisation tables (0.95); for a token from a script without written short vowels against one from
 * a script with them, equal consonant skeletons (up to 0.9); one or two typing edits, scaled by length
 * (0.72-0.9); equal Double Metaphone codes (0.8-0.85); equal consonant skeletons (0.75); Jaro-Winkler as
 * the last resort (0.7); an initial against a word starting with it (0.6). Numbers only match exactly.
 *
 * <p>Results are packed in a {@code long} (similarity bits and method) so callers can cache them without
 * allocating; read them with {@link #value(long)} and {@link #method(long)}.
 */
public final class TokenSimilarity {
    /** The packed "no similarity". */
    public static final long NONE = pack(0, MatchMethod.EXACT);

    private static final MatchMethod[] METHODS = MatchMethod.values();

    private TokenSimilarity() {}

    public static long pack(double similarity, MatchMethod method) {
        return (long) Float.floatToRawIntBits((float) similarity) << 8 | method.ordinal();
    }

    public static double value(long packed) {
        return Float.intBitsToFloat((int) (packed >>> 8));
    }

    public static MatchMethod method(long packed) {
        return METHODS[(int) (packed & 0xFF)];
    }

    /** Compares two tokens. */
    public static long compare(TokenFeatures a, TokenFeatures b) {
        String x = a.text();
        String y = b.text();
        if (x.equals(y)) {
            return pack(1.0, MatchMethod.EXACT);
        }
        if (a.legalForm() || b.legalForm()) {
            return a.legalForm() && b.legalForm() ? pack(0.9, MatchMethod.VARIANT) : NONE;
        }
        if (a.hasDigit() || b.hasDigit()) {
            return NONE;
        }
        if (VariantTable.shareClass(a.classes(), b.classes())) {
            return pack(0.95, MatchMethod.VARIANT);
        }
        if (a.syllabic() || b.syllabic()) {
            // syllables of Chinese or Korean names: "zhang" and "zheng" are different names
            return NONE;
        }
        int la = x.length();
        int lb = y.length();
        int shortest = Math.min(la, lb);
        if (shortest == 1) {
            char c = la == 1 ? x.charAt(0) : y.charAt(0);
            String other = la == 1 ? y : x;
            return other.length() > 1 && other.charAt(0) == c ? pack(0.6, MatchMethod.INITIAL) : NONE;
        }
        if (a.consonantal() != b.consonantal()) {
            return acrossScripts(a, b);
        }
        double best = 0;
        MatchMethod method = MatchMethod.EXACT;
        int d = EditDistance.bounded(x, y, 2);
        if (d == 1) {
            best = shortest >= 9 ? 0.9 : shortest >= 7 ? 0.88 : shortest >= 5 ? 0.85 : shortest == 4 ? 0.78 : 0.6;
            method = MatchMethod.EDIT_DISTANCE;
        } else if (d == 2) {
            best = shortest >= 9 ? 0.78 : shortest >= 7 ? 0.7 : 0;
            method = MatchMethod.EDIT_DISTANCE;
        }
        if (best < 0.9 && (!a.loose().equals(x) || !b.loose().equals(y))) {
            // spelled by different romanisation systems ("dzhon" and "jon", "kharit" and "harit")
            String lx = a.loose();
            String ly = b.loose();
            if (lx.equals(ly)) {
                best = 0.92;
                method = MatchMethod.TRANSLITERATION;
            } else if (best < 0.85 && Math.min(lx.length(), ly.length()) >= 5 && EditDistance.bounded(lx, ly, 1) == 1) {
                best = 0.85;
                method = MatchMethod.TRANSLITERATION;
            }
        }
        if (best < 0.85 && phoneticEqual(a, b)) {
            // sound keys collide for quite different words ("kirby", "group"): they count only when the
            // spellings are close too
            double jw = JaroWinkler.similarity(x, y);
            double p = jw < 0.8 ? 0 : shortest >= 4 ? (d <= 2 ? 0.85 : 0.8) : 0.7;
            if (p > best) {
                best = p;
                method = MatchMethod.PHONETIC;
            }
        }
        if (best < 0.75) {
            String sa = a.skeleton();
            if (sa.length() >= 3 && sa.equals(b.skeleton()) && (a.consonantal() || x.charAt(0) == y.charAt(0))) {
                best = a.consonantal() ? 0.85 : 0.75;
                method = a.consonantal() ? MatchMethod.TRANSLITERATION : MatchMethod.PHONETIC;
            }
        }
        if (best < 0.7 && shortest >= 4 && x.charAt(0) == y.charAt(0) && Math.abs(la - lb) <= 3) {
            double jw = JaroWinkler.similarity(x, y);
            if (jw >= 0.92) {
                best = 0.7;
                method = MatchMethod.JARO_WINKLER;
            }
        }
        return best == 0 ? NONE : pack(best, method);
    }

    private static boolean phoneticEqual(TokenFeatures a, TokenFeatures b) {
        String pa = a.primary();
        if (pa.length() < 2 && a.alternate().length() < 2) {
            return false;
        }
        return pa.length() >= 2 && (pa.equals(b.primary()) || pa.equals(b.alternate()))
                || a.alternate().length() >= 2 && a.alternate().equals(b.primary());
    }

    /** A consonants-only transliteration against a vocalised spelling: compare consonant skeletons. */
    private static long acrossScripts(TokenFeatures a, TokenFeatures b) {
        String sa = a.skeleton();
        String sb = b.skeleton();
        if (sa.isEmpty() || sb.isEmpty()) {
            return NONE;
        }
        if (sa.equals(sb)) {
            int n = sa.length();
            if (n >= 3) {
                return pack(0.92, MatchMethod.TRANSLITERATION);
            }
            if (n == 2) {
                // two consonants ("Tayeb", "Nail", "Omar"): likely, but many names share them
                return pack(0.82, MatchMethod.TRANSLITERATION);
            }
            // one consonant ("Ali", "Uday", "Isa"): only between short words
            return a.text().length() <= 4 && b.text().length() <= 4 ? pack(0.6, MatchMethod.TRANSLITERATION) : NONE;
        }
        if (Math.min(sa.length(), sb.length()) >= 4 && EditDistance.bounded(sa, sb, 1) == 1) {
            return pack(0.75, MatchMethod.TRANSLITERATION);
        }
        return NONE;
    }
}
