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
    }

    /** Splits an "Abd" compound at {@code i}; returns how many pieces were added. */
    private static int splitAbd(List<Piece> pieces, int i) {
        Piece p = pieces.get(i);
        Token t = p.token();
        String text = t.text();
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
        if (rest.equals("lah") || rest.equals("la") || rest.equals("llah") || rest.equals("lla") || rest.equals("lh")) {
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
