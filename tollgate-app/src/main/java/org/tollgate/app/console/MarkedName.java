package org.tollgate.app.console;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A name split into its words, each marked when the screening engine aligned it with a word of the other name: what
 * the alert page highlights. The engine's tokens are normalised (lower case, no accents, transliterated); a word of
 * the name as written is marked when its simple folding equals one of them, so a name in another script shows its
 * tokens beside it instead of marks.
 *
 * @param words the words, in order, with their separators kept so the name reads as written
 */
record MarkedName(List<Word> words) {

    /**
     * One word of the name.
     *
     * @param text the word as written, with the punctuation and space that follow it
     * @param matched whether the engine aligned it
     */
    record Word(String text, boolean matched) {}

    static MarkedName of(String name, Set<String> matchedTokens) {
        List<Word> out = new ArrayList<>();
        // split before each run of letters/digits, keeping separators attached to the word before them
        String[] parts = name.split("(?<=[\\s,;/()\\-])(?=[^\\s,;/()\\-])");
        for (String p : parts) {
            String core = fold(p);
            boolean hit = !core.isEmpty() && matchedTokens.contains(core);
            out.add(new Word(p, hit));
        }
        return new MarkedName(List.copyOf(out));
    }

    /** Lower case, accents removed, letters and digits only: roughly what the engine makes of a Latin word. */
    static String fold(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return d.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    boolean anyMatched() {
        return words.stream().anyMatch(Word::matched);
    }
}
