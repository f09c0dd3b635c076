package org.tollgate.cli.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * The same words in another shape: reformatted (case, punctuation, hyphens, {@code LAST, First} and {@code
 * First Last}), in another word order, or with a middle name left out.
 */
public final class NameShapes {
    /** Words too small or too common to be the middle name someone leaves out. */
    private static final Set<String> PARTICLES = Set.of(
            "al", "el", "ul", "ud", "ad", "as", "ash", "az", "bin", "ibn", "bint", "ben", "abu", "abd", "abdul", "din",
            "van", "von", "der", "de", "da", "del", "la", "le", "di", "dos", "das", "do", "y", "e");

    /** Titles and honorifics: not a name one leaves out, and not one that stands alone. */
    private static final Set<String> TITLES = Set.of(
            "haji",
            "hajji",
            "alhaji",
            "mullah",
            "mulla",
            "mufti",
            "maulvi",
            "mawlawi",
            "maulana",
            "qari",
            "sheikh",
            "shaykh",
            "sheik",
            "shaikh",
            "sayed",
            "sayyid",
            "syed",
            "hafiz",
            "imam",
            "dr",
            "mr",
            "mrs",
            "general",
            "colonel",
            "major",
            "captain",
            "engineer",
            "eng",
            "prof",
            "doctor",
            "ustad",
            "amir",
            "emir");

    private NameShapes() {}

    /**
     * The name reformatted by one or two of: {@code LAST, First} written as {@code First Last} or the reverse
     * (persons), another letter case, punctuation removed, hyphenated words split or joined. Empty when
     * nothing applies.
     */
    public static Optional<String> reformat(String name, boolean person, Random rnd) {
        List<Integer> ops = new ArrayList<>(List.of(1));
        if (person && PersonName.split(name.replace(',', ' ')).size() >= 2) {
            ops.add(0);
        }
        if (name.chars().anyMatch(c -> c == '.' || c == ',' || c == '\'' || c == '(' || c == ')' || c == '"')) {
            ops.add(2);
        }
        if (name.matches(".*\\p{L}-\\p{L}.*")) {
            ops.add(3);
        }
        Collections.shuffle(ops, rnd);
        int count = ops.size() > 1 && rnd.nextBoolean() ? 2 : 1;
        // the flip first: after the comma is gone, flipping would put the name back as it was
        List<Integer> chosen = new ArrayList<>(ops.subList(0, count));
        Collections.sort(chosen);
        String s = name;
        for (int op : chosen) {
            s = switch (op) {
                case 0 -> flip(s);
                case 1 -> recase(s, rnd);
                case 2 -> s.replaceAll("[.,'\"()]", " ").replaceAll("\\s+", " ").strip();
                default ->
                    rnd.nextBoolean()
                            ? s.replaceAll("(\\p{L})-(\\p{L})", "$1 $2")
                            : s.replaceAll("(\\p{L})-(\\p{L})", "$1$2");
            };
        }
        return s.equals(name) ? Optional.empty() : Optional.of(s);
    }

    /** {@code LAST, First} as {@code First Last}, anything else as {@code LAST, First}. */
    static String flip(String name) {
        PersonName p = PersonName.parse(name, false);
        if (p.commaForm()) {
            return p.natural();
        }
        if (p.given().isEmpty()) {
            return name;
        }
        return String.join(" ", p.family()).toUpperCase(Locale.ROOT) + ", " + String.join(" ", p.given());
    }

    private static String recase(String s, Random rnd) {
        boolean upper = s.equals(s.toUpperCase(Locale.ROOT));
        int pick = rnd.nextInt(2);
        if (upper) {
            return pick == 0 ? s.toLowerCase(Locale.ROOT) : title(s);
        }
        return pick == 0 ? s.toUpperCase(Locale.ROOT) : s.toLowerCase(Locale.ROOT);
    }

    /** Every word with a capital first letter and the rest in lower case. */
    static String title(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean start = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = !Character.isLetterOrDigit(c) && c != '\'';
        }
        return b.toString();
    }

    /**
     * A person's words in another order than the list's and than the natural {@code First Last}: for two
     * words, family name first without the comma; for three or more, a random order that is neither. Empty
     * for a one-word name.
     */
    public static Optional<String> reorder(String name, Random rnd) {
        PersonName p = PersonName.parse(name, false);
        List<String> words = units(p.familyFirst());
        if (words.size() < 2) {
            return Optional.empty();
        }
        List<String> natural = units(PersonName.split(p.natural()));
        List<String> listed = units(PersonName.split(name.replace(',', ' ')));
        if (words.size() == 2) {
            // "KIM, Jong" as "KIM Jong"; "Jong KIM" as "KIM Jong"
            List<String> w = p.commaForm() ? listed : List.of(listed.get(1), listed.get(0));
            return Optional.of(String.join(" ", w));
        }
        for (int attempt = 0; attempt < 20; attempt++) {
            Collections.shuffle(words, rnd);
            if (!words.equals(natural) && !words.equals(listed)) {
                return Optional.of(String.join(" ", words));
            }
        }
        return Optional.empty();
    }

    /**
     * Words as they move together: a particle or title stays in front of the word it belongs to ("AL
     * DIN", "Haji Mohammad"), since nobody writes "DIN BADR AL".
     */
    static List<String> units(List<String> words) {
        List<String> out = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        for (String w : words) {
            pending.append(pending.length() == 0 ? "" : " ").append(w);
            if (!isParticleOrTitle(w)) {
                out.add(pending.toString());
                pending.setLength(0);
            }
        }
        if (pending.length() > 0) {
            if (out.isEmpty()) {
                out.add(pending.toString());
            } else {
                out.set(out.size() - 1, out.get(out.size() - 1) + " " + pending);
            }
        }
        return out;
    }

    private static boolean isParticleOrTitle(String w) {
        String l = letters(w);
        return PARTICLES.contains(l) || TITLES.contains(l);
    }

    private static String letters(String w) {
        return w.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
    }

    /**
     * A person's name with one middle name (a given name other than the first, not a particle) left out,
     * written in the list's own form. Empty when the name has no such word.
     */
    public static Optional<String> dropMiddle(String name, Random rnd) {
        PersonName p = PersonName.parse(name, false);
        List<Integer> candidates = new ArrayList<>();
        for (int i = 1; i < p.given().size(); i++) {
            String w = letters(p.given().get(i));
            if (w.length() >= 2 && !isParticleOrTitle(w)) {
                candidates.add(i);
            }
        }
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        List<String> given = new ArrayList<>(p.given());
        given.remove((int) candidates.get(rnd.nextInt(candidates.size())));
        if (given.stream().allMatch(NameShapes::isParticleOrTitle)) {
            return Optional.empty(); // "NOORZAI, Haji" is a title and a family name, not a name
        }
        PersonName shorter = new PersonName(p.family(), given, p.commaForm());
        return Optional.of(p.commaForm() ? shorter.listForm() : shorter.natural());
    }
}
