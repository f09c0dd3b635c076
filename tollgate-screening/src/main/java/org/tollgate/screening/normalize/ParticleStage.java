package org.tollgate.screening.normalize;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes name particles consistent. Arabic articles and kinship words are written many ways ("al-", "el ",
 * "ad-" before a sun letter; "bin", "ben", "ibn") and become one canonical particle of low weight. The
 * compounds with "Abd" are split the same way however they are written, so "Abdul Rahman", "Abd al-Rahman",
 * "Abdelrahman" and "Abdurrahman" all become {@code abd al rahman}, and "Abdullah", "Abdallah" and "Abd
 * Allah" all become {@code abd allah}. European particles ("de", "van", "von") get a low weight too.
 */
final class ParticleStage implements NameStage {
    private static final Pattern ABD = Pattern.compile("abd(?:ou|u|e|a|o|i)(l|r|s|sh|z|d|t|n|dh|th)(.*)");
    private static final Pattern CONSONANTAL_ABD = Pattern.compile("bd(?:al|l)(.+)");
    /** "Jalaluddin", "Salaheddine", "Shamsuddin": a name joined with al-Din. */
    private static final Pattern DIN = Pattern.compile("([a-z]{3,}?)(?:[uoea]u?d|al|el|ul)(?:din|dine|deen)");
    /** "Atiqullah", "Hidayatullah", "Nasrallah": a name joined with Allah. */
    private static final Pattern ALLAH = Pattern.compile("([a-z]{3,}?)(?:u|o|a|e)ll(?:a|ah|akh)");

    @Override
    public void apply(List<Piece> pieces, NameContext context) {
        for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            Token t = p.token();
            if (t.kind() != TokenKind.WORD) {
                continue;
            }
            String canonical = NameLexicon.CANONICAL.get(t.text());
            if (canonical != null) {
                p = p.with(t = t.withText(canonical));
                pieces.set(i, p);
            }
            int added = splitAbd(pieces, i);
            if (added > 0) {
                i += added;
                continue;
            }
            boolean last = i == pieces.size() - 1;
            String arabic = NameLexicon.ARABIC_PARTICLES.get(t.text());
            if (arabic != null
                    && !last
                    && !(i == 0 && !context.commaForm() && t.text().equals("ben"))) {
                pieces.set(i, p.with(t.withText(arabic).withKind(TokenKind.PARTICLE)));
                continue;
            }
            if (!last && p.separator() == '-' && NameLexicon.SUN_ARTICLES.contains(t.text())) {
                pieces.set(i, p.with(t.withText("al").withKind(TokenKind.PARTICLE)));
                continue;
            }
            if (!last && !t.consonantal() && pieces.size() >= 2 && NameLexicon.EUROPEAN_PARTICLES.contains(t.text())) {
                pieces.set(i, p.with(t.withKind(TokenKind.PARTICLE)));
            }
        }
        joinCompounds(pieces);
    }

    /**
     * Compounds with al-Din and Allah are written as one word or as two or three ("Jalaluddin", "Jalal
     * al-Din", "Jalal-ud-Din"; "Atiqullah", "Atiq Ullah", Arabic عتيق الله): all become one word, the name
     * followed by {@code din} or {@code allah}.
     */
    private static void joinCompounds(List<Piece> pieces) {
        for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            Token t = p.token();
            if (t.kind() != TokenKind.WORD) {
                continue;
            }
            String text = t.text();
            if (text.endsWith("din") || text.endsWith("dine") || text.endsWith("deen")) {
                Matcher din = DIN.matcher(text);
                if (din.matches()) {
                    pieces.set(i, p.with(t.withText(din.group(1) + "din")));
                    continue;
                }
            }
            if (text.endsWith("lla") || text.endsWith("llah") || text.endsWith("llakh")) {
                Matcher allah = ALLAH.matcher(text);
                if (allah.matches() && !allah.group(1).equals("abd")) {
                    pieces.set(i, p.with(t.withText(allah.group(1) + "allah")));
                    continue;
                }
            }
            int next = i + 1;
            if (next < pieces.size() - 1
                    && pieces.get(next).text().equals("al")
                    && pieces.get(next).token().kind() == TokenKind.PARTICLE
                    && isDin(pieces.get(next + 1).text())) {
                join(pieces, i, 3, t.text() + "din");
            } else if (next < pieces.size()
                    && pieces.get(next).token().kind() == TokenKind.WORD
                    && (isDin(pieces.get(next).text()) && t.text().length() >= 3
                            || pieces.get(next).text().equals("allah")
                                    && !t.text().equals("abd"))) {
                join(pieces, i, 2, t.text() + (isDin(pieces.get(next).text()) ? "din" : "allah"));
            }
        }
    }

    private static boolean isDin(String s) {
        return s.equals("din") || s.equals("dine") || s.equals("deen") || s.equals("dyn") || s.equals("ddin");
    }

    private static void join(List<Piece> pieces, int at, int n, String text) {
        StringBuilder source = new StringBuilder();
        boolean consonantal = false;
        boolean syllabic = false;
        for (int k = 0; k < n; k++) {
            Token t = pieces.get(at + k).token();
            source.append(k > 0 ? " " : "").append(t.source());
            consonantal |= t.consonantal();
            syllabic |= t.syllabic();
        }
        Piece last = pieces.get(at + n - 1);
        Token joined = new Token(text, source.toString(), TokenKind.WORD, consonantal, false, false, syllabic);
        for (int k = 0; k < n; k++) {
            pieces.remove(at);
        }
        pieces.add(at, new Piece(joined, last.separator(), last.group()));
    }

    /** Splits an "Abd" compound at {@code i}; returns how many pieces were added. */
    private static int splitAbd(List<Piece> pieces, int i) {
        Piece p = pieces.get(i);
        Token t = p.token();
        String text = t.text();
        if (!text.startsWith("abd") && !(t.consonantal() && text.startsWith("bd"))) {
            return 0;
        }
        String rest;
        Matcher m = ABD.matcher(text);
        Matcher c = CONSONANTAL_ABD.matcher(text);
        if (m.matches()) {
            String letter = m.group(1);
            String tail = m.group(2);
            if (letter.equals("l") || tail.isEmpty()) {
                rest = tail;
            } else {
                rest = tail.startsWith(letter) ? tail : letter + tail;
            }
        } else if (t.consonantal() && c.matches()) {
            rest = c.group(1);
        } else {
            return 0;
        }
        Token abd = t.withText("abd");
        Token al = t.withText("al").withKind(TokenKind.PARTICLE);
        if (rest.isEmpty()) {
            pieces.set(i, new Piece(abd, ' ', p.group()));
            pieces.add(i + 1, new Piece(al, p.separator(), p.group()));
            return 1;
        }
        if (rest.equals("lah")
                || rest.equals("la")
                || rest.equals("llah")
                || rest.equals("lla")
                || rest.equals("lh")
                || rest.equals("lakh")
                || rest.equals("llakh")
                || rest.equals("lahi")
                || rest.equals("llahi")
                || rest.equals("aye")
                || rest.equals("ahi")) {
            pieces.set(i, new Piece(abd, ' ', p.group()));
            pieces.add(i + 1, new Piece(t.withText("allah"), p.separator(), p.group()));
            return 1;
        }
        if (rest.length() < 3) {
            return 0;
        }
        pieces.set(i, new Piece(abd, ' ', p.group()));
        pieces.add(i + 1, new Piece(al, ' ', p.group()));
        pieces.add(i + 2, new Piece(t.withText(rest), p.separator(), p.group()));
        return 2;
    }
}
