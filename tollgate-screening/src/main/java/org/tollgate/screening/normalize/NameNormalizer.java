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

    /** NFKC, then format characters (zero-width joiners and non-joiners, bidi marks, soft hyphens) removed. */
    static String clean(String name) {
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
        ScriptGroup wordScript = ScriptGroup.NONE;
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
                if (word.length() > 0 && g != ScriptGroup.NONE && wordScript != ScriptGroup.NONE && g != wordScript) {
                    emit(out, word, wordScript, ' ', group);
                    wordScript = ScriptGroup.NONE;
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
                emit(out, word, wordScript, sep, group);
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

    private static void emit(List<Piece> out, StringBuilder word, ScriptGroup script, char sep, int group) {
        String source = word.toString();
        word.setLength(0);
        String ascii = Transliteration.toAscii(source, script);
        boolean consonantal = script.consonantal();
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
            out.add(new Piece(Token.word(parts.get(k), source, consonantal), s, group));
        }
    }
}
