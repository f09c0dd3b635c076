package org.tollgate.app.console;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A name split into its words, each marked when the screening engine aligned it with a word of the other name: what
 * the alert page highlights. The engine's tokens are normalised (lower case, no accents, transliterated); a word of
 * the name as written is marked when its simple folding equals one of them, so a name in another script shows its
 * tokens beside it instead of marks. Words aligned otherwise than exactly (a typo, a variant spelling) are marked
 * differently, so an analyst sees at once where the names differ.
 *
 * @param words the words, in order, each with the separator that follows it, so the name reads as written
 */
record MarkedName(List<Word> words) {
    private static final Pattern WORD = Pattern.compile("[^\\s,;/()\\-.]+");

    /**
     * One word of the name.
     *
     * @param text the word as written
     * @param after the spaces and punctuation that follow it (never marked)
     * @param matched whether the engine aligned it
     * @param exact whether it aligned exactly (else by a variant, phonetics, edit distance, ...: marked differently)
     */
    record Word(String text, String after, boolean matched, boolean exact) {}

    /**
     * @param name the name as written
     * @param methods the engine's aligned tokens and how each aligned ({@code exact}, {@code edit_distance}, ...)
     */
    static MarkedName of(String name, Map<String, String> methods) {
        List<Word> out = new ArrayList<>();
        Matcher m = WORD.matcher(name);
        int last = 0;
        String lead = "";
        while (m.find()) {
            if (out.isEmpty()) {
                lead = name.substring(0, m.start());
            } else {
                Word prev = out.remove(out.size() - 1);
                out.add(new Word(prev.text(), name.substring(last, m.start()), prev.matched(), prev.exact()));
            }
            String core = fold(m.group());
            String method = core.isEmpty() ? null : methods.get(core);
            out.add(new Word(m.group(), "", method != null, "exact".equals(method)));
            last = m.end();
        }
        if (out.isEmpty()) {
            return new MarkedName(List.of(new Word(name, "", false, false)));
        }
        Word end = out.remove(out.size() - 1);
        out.add(new Word(end.text(), name.substring(last), end.matched(), end.exact()));
        if (!lead.isEmpty()) {
            out.add(0, new Word("", lead, false, false));
        }
        return new MarkedName(List.copyOf(out));
    }

    /** Lower case, accents removed, letters and digits only: roughly what the engine makes of a Latin word. */
    static String fold(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return d.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }
}
