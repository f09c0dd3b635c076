package org.tollgate.cli.bench;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.codec.language.Soundex;
import org.tollgate.lists.model.Entity;
import org.tollgate.lists.model.Name;

/**
 * The comparison the accuracy benchmark draws: what OFAC's Sanctions List Search and many in-house systems
 * do. Every listed name is compared with the query by Jaro-Winkler similarity of the whole normalised strings
 * (upper case, accents and punctuation removed; a {@code LAST, First} name also as {@code First Last}), after
 * a Soundex filter: a name is only compared when one of its words has the Soundex code of one of the query's
 * words. A brute-force scan over all names, no transliteration, no variant tables, no word weights.
 *
 * <p>Immutable and thread-safe.
 */
public final class BaselineMatcher {
    private static final Soundex SOUNDEX = Soundex.US_ENGLISH;

    private final String[] entityOf;
    private final String[] forms;
    private final byte[][] histograms;
    private final int[] codeStart;
    private final int[] codes;

    /** A scored entity. */
    public record Scored(String entityId, double score, String matchedName) {}

    public BaselineMatcher(List<Entity> entities) {
        List<String> ids = new ArrayList<>();
        List<String> fs = new ArrayList<>();
        List<int[]> cs = new ArrayList<>();
        for (Entity e : entities) {
            for (Name n : e.names()) {
                for (String f : forms(n.value())) {
                    if (!f.isEmpty()) {
                        ids.add(e.id());
                        fs.add(f);
                        cs.add(codes(f));
                    }
                }
            }
        }
        this.entityOf = ids.toArray(new String[0]);
        this.forms = fs.toArray(new String[0]);
        this.histograms = new byte[forms.length][];
        for (int i = 0; i < forms.length; i++) {
            histograms[i] = histogram(forms[i]);
        }
        this.codeStart = new int[forms.length + 1];
        int total = 0;
        for (int i = 0; i < forms.length; i++) {
            codeStart[i] = total;
            total += cs.get(i).length;
        }
        codeStart[forms.length] = total;
        this.codes = new int[total];
        for (int i = 0; i < forms.length; i++) {
            System.arraycopy(cs.get(i), 0, codes, codeStart[i], cs.get(i).length);
        }
    }

    /** How many name forms are compared per query at most. */
    public int size() {
        return forms.length;
    }

    /** The normalised forms of a listed name: as written, and for {@code LAST, First} also {@code First Last}. */
    static List<String> forms(String name) {
        int comma = name.indexOf(',');
        String plain = normalize(name);
        if (comma > 0 && comma == name.lastIndexOf(',')) {
            String flipped = normalize(name.substring(comma + 1) + " " + name.substring(0, comma));
            if (!flipped.equals(plain)) {
                return List.of(plain, flipped);
            }
        }
        return List.of(plain);
    }

    /** Upper case, accents removed, anything but letters and digits a single space. */
    static String normalize(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFKD);
        StringBuilder b = new StringBuilder(d.length());
        boolean space = false;
        for (int i = 0; i < d.length(); ) {
            int cp = d.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.getType(cp) == Character.NON_SPACING_MARK || cp == '\'') {
                continue;
            }
            if (Character.isLetterOrDigit(cp)) {
                if (space && b.length() > 0) {
                    b.append(' ');
                }
                space = false;
                b.appendCodePoint(Character.toUpperCase(cp));
            } else {
                space = true;
            }
        }
        return b.toString();
    }

    /** The Soundex codes of the words of A-Z letters, as ints; other words have none. */
    static int[] codes(String normalized) {
        String[] words = normalized.split(" ");
        int[] out = new int[words.length];
        int n = 0;
        for (String w : words) {
            if (!w.isEmpty() && w.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
                String s = SOUNDEX.soundex(w);
                if (s.length() == 4) {
                    out[n++] = (s.charAt(0) - 'A') * 1000 + Integer.parseInt(s.substring(1));
                }
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** The entities scoring at least {@code minScore}, best first, at most {@code limit}. */
    public List<Scored> screen(String query, double minScore, int limit) {
        String q = normalize(query);
        int[] qc = codes(q);
        Map<String, Scored> best = new HashMap<>();
        if (qc.length == 0) {
            return List.of();
        }
        byte[] qh = histogram(q);
        for (int i = 0; i < forms.length; i++) {
            if (!shares(qc, i) || upperBound(q.length(), qh, forms[i].length(), histograms[i]) < minScore) {
                continue;
            }
            double s = jaroWinkler(q, forms[i]);
            if (s >= minScore) {
                Scored prior = best.get(entityOf[i]);
                if (prior == null || s > prior.score()) {
                    best.put(entityOf[i], new Scored(entityOf[i], s, forms[i]));
                }
            }
        }
        List<Scored> out = new ArrayList<>(best.values());
        out.sort(Comparator.comparingDouble((Scored x) -> -x.score()).thenComparing(Scored::entityId));
        return out.size() > limit ? List.copyOf(out.subList(0, limit)) : List.copyOf(out);
    }

    /** Character counts: A-Z, 0-9, space, anything else. */
    static byte[] histogram(String s) {
        byte[] h = new byte[38];
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int k = c >= 'A' && c <= 'Z' ? c - 'A' : c >= '0' && c <= '9' ? 26 + c - '0' : c == ' ' ? 36 : 37;
            if (h[k] < Byte.MAX_VALUE) {
                h[k]++;
            }
        }
        return h;
    }

    /**
     * The most Jaro-Winkler can be for two strings of these lengths and character counts: the matches are at
     * most the characters they have in common, the transpositions at least none, the prefix bonus at most
     * four characters. Skipping a name below the minimum by this bound changes no result, it only saves time.
     */
    static double upperBound(int la, byte[] ha, int lb, byte[] hb) {
        int m = 0;
        for (int k = 0; k < ha.length; k++) {
            m += Math.min(ha[k], hb[k]);
        }
        if (m == 0) {
            return 0;
        }
        double jaro = (m / (double) la + m / (double) lb + 1) / 3.0;
        return jaro <= 0.7 ? jaro : jaro + 0.4 * (1 - jaro);
    }

    private boolean shares(int[] qc, int form) {
        for (int k = codeStart[form], end = codeStart[form + 1]; k < end; k++) {
            int c = codes[k];
            for (int x : qc) {
                if (x == c) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Jaro-Winkler similarity: the Jaro similarity (matching characters within half the longer length, and
     * transpositions among them) raised by 0.1 per common leading character, up to four, when it is over 0.7.
     */
    static double jaroWinkler(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (la == 0 || lb == 0) {
            return la == lb ? 1 : 0;
        }
        int window = Math.max(0, Math.max(la, lb) / 2 - 1);
        boolean[] ma = new boolean[la];
        boolean[] mb = new boolean[lb];
        int matches = 0;
        for (int i = 0; i < la; i++) {
            int from = Math.max(0, i - window);
            int to = Math.min(lb - 1, i + window);
            char c = a.charAt(i);
            for (int j = from; j <= to; j++) {
                if (!mb[j] && b.charAt(j) == c) {
                    ma[i] = true;
                    mb[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0;
        }
        int half = 0;
        for (int i = 0, j = 0; i < la; i++) {
            if (ma[i]) {
                while (!mb[j]) {
                    j++;
                }
                if (a.charAt(i) != b.charAt(j)) {
                    half++;
                }
                j++;
            }
        }
        double m = matches;
        double jaro = (m / la + m / lb + (m - half / 2.0) / m) / 3.0;
        if (jaro <= 0.7) {
            return jaro;
        }
        int prefix = 0;
        while (prefix < 4 && prefix < la && prefix < lb && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        return jaro + prefix * 0.1 * (1 - jaro);
    }

    /** For messages. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "BaselineMatcher[%d name forms]", forms.length);
    }
}
