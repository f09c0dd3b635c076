package org.tollgate.cli.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Typing mistakes, as a person filling in a form makes them: a neighbouring key hit instead of the right
 * one, a letter left out, a letter typed twice or a stray letter added, two letters swapped. Only words of
 * four or more letters get a typo: in a shorter word one edit changes a third of it, which is a different
 * word rather than a misspelling.
 */
public final class Typos {
    static final int MIN_WORD = 4;

    private static final String[] ROWS = {"qwertyuiop", "asdfghjkl", "zxcvbnm"};

    private Typos() {}

    /** The name with one typo, or empty when it has no word long enough. */
    public static Optional<String> single(String name, Random rnd) {
        List<int[]> words = words(name, MIN_WORD);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        int[] w = words.get(rnd.nextInt(words.size()));
        return Optional.of(edit(name, w[0], w[1], rnd));
    }

    /**
     * The name with two typos: in two different words when it has two words of four or more letters, else
     * both in one word of seven or more letters; empty when neither is possible.
     */
    public static Optional<String> twice(String name, Random rnd) {
        List<int[]> words = words(name, MIN_WORD);
        if (words.size() >= 2) {
            int a = rnd.nextInt(words.size());
            int b = rnd.nextInt(words.size() - 1);
            if (b >= a) {
                b++;
            }
            // edit the later word first so the earlier word's offsets stay valid
            int[] first = words.get(Math.max(a, b));
            int[] second = words.get(Math.min(a, b));
            String once = edit(name, first[0], first[1], rnd);
            return Optional.of(edit(once, second[0], second[1], rnd));
        }
        List<int[]> longWords = words(name, 7);
        if (longWords.isEmpty()) {
            return Optional.empty();
        }
        int[] w = longWords.get(0);
        String once = edit(name, w[0], w[1], rnd);
        List<int[]> again = words(once, 6);
        for (int[] x : again) {
            if (x[0] == w[0]) {
                return Optional.of(edit(once, x[0], x[1], rnd));
            }
        }
        return Optional.empty();
    }

    /** Start and end offsets of the words of ASCII letters at least {@code min} long. */
    static List<int[]> words(String s, int min) {
        List<int[]> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= s.length(); i++) {
            boolean letter = i < s.length() && isAsciiLetter(s.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                if (i - start >= min) {
                    out.add(new int[] {start, i});
                }
                start = -1;
            }
        }
        return out;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** One edit inside s[from, to) that really changes the text. */
    static String edit(String s, int from, int to, Random rnd) {
        String word = s.substring(from, to);
        for (int attempt = 0; attempt < 20; attempt++) {
            String w = editWord(word, rnd);
            if (!w.equalsIgnoreCase(word)) {
                return s.substring(0, from) + w + s.substring(to);
            }
        }
        // a word of one repeated letter: drop one
        return s.substring(0, from) + word.substring(1) + s.substring(to);
    }

    private static String editWord(String w, Random rnd) {
        int n = w.length();
        // not the first letter: people rarely get that wrong, and lists are often sorted by it
        int i = 1 + rnd.nextInt(n - 1);
        StringBuilder b = new StringBuilder(w);
        switch (rnd.nextInt(5)) {
            case 0 -> b.setCharAt(i, sameCase(w.charAt(i), neighbour(w.charAt(i), rnd)));
            case 1 -> b.deleteCharAt(i);
            case 2 -> b.insert(i, w.charAt(i - 1)); // a doubled letter
            case 3 -> b.insert(i, sameCase(w.charAt(i - 1), neighbour(w.charAt(i - 1), rnd)));
            default -> {
                int j = i == n - 1 ? i - 1 : i;
                char c = b.charAt(j);
                b.setCharAt(j, b.charAt(j + 1));
                b.setCharAt(j + 1, c);
            }
        }
        return b.toString();
    }

    private static char sameCase(char like, char c) {
        return Character.isUpperCase(like) ? Character.toUpperCase(c) : Character.toLowerCase(c);
    }

    /** A key next to c on a QWERTY keyboard, in the same row. */
    static char neighbour(char c, Random rnd) {
        char l = Character.toLowerCase(c);
        for (String row : ROWS) {
            int k = row.indexOf(l);
            if (k >= 0) {
                if (k == 0) {
                    return row.charAt(1);
                }
                if (k == row.length() - 1) {
                    return row.charAt(k - 1);
                }
                return row.charAt(rnd.nextBoolean() ? k - 1 : k + 1);
            }
        }
        return 'e';
    }
}
