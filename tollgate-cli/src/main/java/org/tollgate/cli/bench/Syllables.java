package org.tollgate.cli.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Splits a romanised word written as one ({@code Fangwei}, {@code Jongun}) into known syllables. */
final class Syllables {
    private Syllables() {}

    /**
     * The split into the fewest syllables of the set, longest first syllable on a tie; empty when the word
     * cannot be split. Only ASCII letters are accepted.
     */
    static Optional<List<String>> segment(String word, Set<String> syllables) {
        int n = word.length();
        if (n == 0 || !word.matches("[a-z]+")) {
            return Optional.empty();
        }
        // best[i]: fewest syllables covering word[i..n); next[i]: the end of the first syllable of that split
        int[] best = new int[n + 1];
        int[] next = new int[n + 1];
        java.util.Arrays.fill(best, Integer.MAX_VALUE);
        best[n] = 0;
        for (int i = n - 1; i >= 0; i--) {
            for (int j = n; j > i; j--) {
                if (best[j] != Integer.MAX_VALUE && syllables.contains(word.substring(i, j)) && best[j] + 1 < best[i]) {
                    best[i] = best[j] + 1;
                    next[i] = j;
                }
            }
        }
        if (best[0] == Integer.MAX_VALUE) {
            return Optional.empty();
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i = next[i]) {
            out.add(word.substring(i, next[i]));
        }
        return Optional.of(Collections.unmodifiableList(out));
    }
}
