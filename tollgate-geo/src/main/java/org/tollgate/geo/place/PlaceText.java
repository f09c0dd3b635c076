package org.tollgate.geo.place;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Text prepared for place-name matching: lower case, accents and other combining marks removed, apostrophes
 * dropped ("Luhans'k" is "luhansk"), Arabic letter variants folded to their Persian forms, and everything that is
 * not a letter or digit turned into a word break. Each word keeps the span of the original text it came from.
 */
final class PlaceText {
    final List<String> words;
    final int[] starts;
    final int[] ends;
    /** Whether word i and word i + 1 are separated by nothing but spaces and full stops ("ул. Крымская"). */
    final boolean[] joined;

    private PlaceText(List<String> words, int[] starts, int[] ends, boolean[] joined) {
        this.words = words;
        this.starts = starts;
        this.ends = ends;
        this.joined = joined;
    }

    static PlaceText of(String text) {
        List<String> words = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int wordStart = -1;
        int wordEnd = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            String folded = fold(cp);
            if (folded == null) {
                // A break.
                if (word.length() > 0) {
                    words.add(word.toString());
                    spans.add(new int[] {wordStart, wordEnd});
                    word.setLength(0);
                }
            } else if (!folded.isEmpty()) {
                if (word.length() == 0) {
                    wordStart = i;
                }
                word.append(folded);
                wordEnd = next;
            }
            i = next;
        }
        if (word.length() > 0) {
            words.add(word.toString());
            spans.add(new int[] {wordStart, wordEnd});
        }
        int[] starts = new int[spans.size()];
        int[] ends = new int[spans.size()];
        boolean[] joined = new boolean[spans.size()];
        for (int i = 0; i < spans.size(); i++) {
            starts[i] = spans.get(i)[0];
            ends[i] = spans.get(i)[1];
        }
        for (int i = 0; i + 1 < spans.size(); i++) {
            boolean onlySpaces = true;
            for (int k = ends[i]; k < starts[i + 1] && onlySpaces; k++) {
                char c = text.charAt(k);
                onlySpaces = c == ' ' || c == '.' || c == '\u00A0' || c == '\t';
            }
            joined[i] = onlySpaces;
        }
        return new PlaceText(List.copyOf(words), starts, ends, joined);
    }

    /** The words of a text on its own (for spellings and context words). */
    static List<String> wordsOf(String text) {
        return of(text).words;
    }

    /** What a code point becomes: letters folded, "" for nothing (marks, apostrophes), null for a word break. */
    private static String fold(int cp) {
        switch (cp) {
            case '\'', '\u2019', '\u02BC', '\u2018', '`', '\u00B4', '\u02BB', '\u02B9':
                return "";
            case '\u00DF':
                return "ss";
            case '\u064A', '\u0649': // Arabic yeh, alef maksura -> Persian yeh
                return "\u06CC";
            case '\u0643': // Arabic kaf -> Persian keheh
                return "\u06A9";
            default:
                break;
        }
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK
                || type == Character.FORMAT) {
            return "";
        }
        if (!Character.isLetterOrDigit(cp)) {
            return null;
        }
        String decomposed = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKD);
        StringBuilder sb = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); ) {
            int c = decomposed.codePointAt(i);
            i += Character.charCount(c);
            int t = Character.getType(c);
            if (t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK) {
                continue;
            }
            sb.appendCodePoint(Character.toLowerCase(c));
        }
        // Compose again: Hangul syllables decompose into letters (jamo) that must come back together.
        return Normalizer.normalize(sb, Normalizer.Form.NFC);
    }
}
