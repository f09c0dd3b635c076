package org.tollgate.screening.normalize;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.tollgate.lists.model.EntityType;

/**
 * Turns a name as written into comparable tokens. The chain: Unicode NFKC; zero-width and other format
 * characters removed (the Persian zero-width non-joiner among them); apostrophes removed without splitting;
 * words split at white space and punctuation; each word transliterated by its script (see {@link
 * Transliteration}) to lower-case ASCII; then the {@link NameStage}s: legal forms, titles, particles and
 * token classification. A name in OFAC's {@code LAST, First Middle} form is recognised by its one comma.
 *
 * <p>Immutable and thread-safe.
 */
public final class NameNormalizer {
    /** Names longer than this many tokens are cut: nobody is called by 30 words, but broken input can be. */
    public static final int MAX_TOKENS = 24;

    private static final NameNormalizer STANDARD = new NameNormalizer(
            List.of(new LegalFormStage(), new TitleStage(), new ParticleStage(), new ClassifierStage()));

    private final List<NameStage> stages;

    /** A normaliser with the given stages, applied in order after tokenization and transliteration. */
    public NameNormalizer(List<NameStage> stages) {
        this.stages = List.copyOf(stages);
    }

    /** The standard chain: legal forms, titles, particles, classification. */
    public static NameNormalizer standard() {
        return STANDARD;
    }

    /** Normalises a name of a party of unknown type. */
    public NormalizedName normalize(String name) {
        return normalize(name, EntityType.OTHER);
    }

    /**
     * Normalises a name.
     *
     * @param name the name as written
     * @param type the type of the party, {@link EntityType#OTHER} when unknown: legal forms are not looked for
     *     in a person's name, titles not in an organisation's
     */
    public NormalizedName normalize(String name, EntityType type) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        String text = clean(name);
        boolean commaForm = isCommaForm(text);
        List<Piece> pieces = tokenize(text, commaForm);
        if (pieces.isEmpty()) {
            return new NormalizedName(name, List.of(), List.of());
        }
        NameContext context = new NameContext(type, commaForm);
        List<Piece> work = new ArrayList<>(pieces);
        for (NameStage stage : stages) {
            stage.apply(work, context);
        }
        if (work.isEmpty()) {
            work = pieces;
        }
        List<Token> tokens = new ArrayList<>(work.size());
        for (Piece p : work) {
            tokens.add(p.token());
        }
        return new NormalizedName(name, tokens, context.removedWords());
    }

    /**
     * NFKC, then format characters (zero-width joiners and non-joiners, bidi marks, soft hyphens) removed, and
     * Cyrillic look-alike letters in words that are mostly Latin ("Рutin") read as the Latin letters they
     * imitate.
     */
    static String clean(String name) {
        return lookAlikes(stripFormat(name));
    }

    private static String lookAlikes(String s) {
        StringBuilder out = null;
        int i = 0;
        while (i < s.length()) {
            int start = i;
            int latin = 0;
            int cyrillic = 0;
            while (i < s.length() && Character.isLetter(s.charAt(i))) {
                ScriptGroup g = ScriptGroup.of(s.charAt(i));
                latin += g == ScriptGroup.LATIN ? 1 : 0;
                cyrillic += g == ScriptGroup.CYRILLIC ? 1 : 0;
                i++;
            }
            if (latin > 0 && cyrillic > 0 && latin >= cyrillic) {
                if (out == null) {
                    out = new StringBuilder(s.substring(0, start));
                }
                out.append(Transliteration.homoglyphsToLatin(s.substring(start, i)));
            } else if (out != null) {
                out.append(s, start, i);
            }
            if (i == start) {
                if (out != null) {
                    out.append(s.charAt(i));
                }
                i++;
            }
        }
        return out == null ? s : out.toString();
    }

    private static String stripFormat(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKC);
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.getType(cp) == Character.FORMAT) {
                continue;
            }
            b.appendCodePoint(cp);
        }
        return b.toString();
    }

    private static boolean isCommaForm(String s) {
        int comma = s.indexOf(',');
        if (comma <= 0 || comma != s.lastIndexOf(',')) {
            return false;
        }
        return hasLetter(s, 0, comma) && hasLetter(s, comma + 1, s.length());
    }

    private static boolean hasLetter(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static boolean isApostrophe(int cp) {
        return cp == '\''
                || cp == '`'
                || cp == 0x2018
                || cp == 0x2019
                || cp == 0x201B
                || cp == 0x00B4
                || cp == 0x02B9
                || cp == 0x02BB
                || cp == 0x02BC
                || cp == 0x02BE
                || cp == 0x02BF
                || cp == 0x02C8
                || cp == 0x0301;
    }

    private static List<Piece> tokenize(String text, boolean commaForm) {
        List<Piece> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        // a word may mix scripts (a Cyrillic letter in a Latin name): each run is transliterated on its own
        // and the results joined, so a look-alike letter cannot split or hide a name
        StringBuilder ascii = new StringBuilder();
        boolean persian = Transliteration.writtenThePersianWay(text);
        ScriptGroup runScript = ScriptGroup.NONE;
        ScriptGroup wordScript = ScriptGroup.NONE;
        int runStart = 0;
        int group = 0;
        for (int i = 0; i <= text.length(); ) {
            int cp = i < text.length() ? text.codePointAt(i) : ' ';
            i += i < text.length() ? Character.charCount(cp) : 1;
            if (isApostrophe(cp)) {
                continue;
            }
            int type = Character.getType(cp);
            boolean part = Character.isLetterOrDigit(cp)
                    || type == Character.NON_SPACING_MARK
                    || type == Character.COMBINING_SPACING_MARK;
            if (part) {
                ScriptGroup g = ScriptGroup.of(cp);
                if (g != ScriptGroup.NONE && runScript != ScriptGroup.NONE && g != runScript) {
                    ascii.append(separated(runScript, g)).append(run(word, runStart, runScript, wordScript, persian));
                    runStart = word.length();
                    runScript = g;
                }
                if (runScript == ScriptGroup.NONE) {
                    runScript = g;
                }
                if (wordScript == ScriptGroup.NONE) {
                    wordScript = g;
                }
                word.appendCodePoint(cp);
                continue;
            }
            char sep = Character.isWhitespace(cp) ? ' ' : (char) cp;
            if (cp == 0x2010 || cp == 0x2011 || cp == 0x2012 || cp == 0x2013 || cp == 0x2014 || cp == 0x2212) {
                sep = '-';
            }
            if (word.length() > 0) {
                ascii.append(run(word, runStart, runScript, wordScript, persian));
                emit(
                        out,
                        word.toString(),
                        ascii.toString(),
                        wordScript.consonantal(),
                        syllabic(wordScript),
                        sep,
                        group);
                word.setLength(0);
                ascii.setLength(0);
                runStart = 0;
                runScript = ScriptGroup.NONE;
                wordScript = ScriptGroup.NONE;
            } else if (!out.isEmpty() && sep != ' ' && out.get(out.size() - 1).separator() == ' ') {
                Piece last = out.remove(out.size() - 1);
                out.add(new Piece(last.token(), sep, last.group()));
            }
            if (cp == ',' && commaForm) {
                group = 1;
            }
        }
        if (out.size() > MAX_TOKENS) {
            return new ArrayList<>(out.subList(0, MAX_TOKENS));
        }
        return out;
    }

    private static String run(
            StringBuilder word, int from, ScriptGroup script, ScriptGroup wordScript, boolean persian) {
        String r = word.substring(from);
        if (script == ScriptGroup.CYRILLIC && wordScript == ScriptGroup.LATIN) {
            String latin = Transliteration.homoglyphsToLatin(r);
            return Transliteration.toAscii(
                    latin, ScriptGroup.ofWord(latin) == ScriptGroup.CYRILLIC ? script : ScriptGroup.LATIN);
        }
        return Transliteration.toAscii(r, script, persian);
    }

    private static boolean syllabic(ScriptGroup g) {
        return g == ScriptGroup.HAN || g == ScriptGroup.HANGUL || g == ScriptGroup.KANA;
    }

    /** Syllabic scripts stay apart from a neighbouring run; alphabets are joined to it. */
    private static String separated(ScriptGroup a, ScriptGroup b) {
        boolean syllabic = a == ScriptGroup.HAN
                || a == ScriptGroup.HANGUL
                || a == ScriptGroup.KANA
                || b == ScriptGroup.HAN
                || b == ScriptGroup.HANGUL
                || b == ScriptGroup.KANA;
        return syllabic ? " " : "";
    }

    private static void emit(
            List<Piece> out, String source, String ascii, boolean consonantal, boolean syllabic, char sep, int group) {
        StringBuilder part = new StringBuilder();
        List<String> parts = new ArrayList<>(2);
        List<Character> seps = new ArrayList<>(2);
        for (int i = 0; i <= ascii.length(); i++) {
            char c = i < ascii.length() ? ascii.charAt(i) : ' ';
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                part.append(c);
            } else if (isApostrophe(c)) {
                continue;
            } else if (part.length() > 0) {
                parts.add(part.toString());
                seps.add(c == '-' ? '-' : ' ');
                part.setLength(0);
            }
        }
        for (int k = 0; k < parts.size(); k++) {
            char s = k == parts.size() - 1 ? sep : seps.get(k);
            out.add(new Piece(Token.word(parts.get(k), source, consonantal, syllabic), s, group));
        }
    }
}
