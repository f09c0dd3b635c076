package org.tollgate.screening.normalize;

import java.util.List;
import org.tollgate.lists.model.EntityType;

/**
 * Replaces legal forms ("Limited Liability Company", "LLC", "OOO", "S.A.", "Co., Ltd.") by one canonical
 * marker token of kind {@link TokenKind#LEGAL_FORM}, so that "Rosneft OOO" and "ROSNEFT LLC" agree and the
 * form itself hardly counts. Spellings that are also ordinary words ("AS", "AG", "PT") are taken only at the
 * start or end of the name; nothing is taken from a person's name.
 */
final class LegalFormStage implements NameStage {
    @Override
    public void apply(List<Piece> pieces, NameContext context) {
        if (context.type() == EntityType.PERSON || pieces.size() < 2) {
            return;
        }
        joinLetterRuns(pieces);
        for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            if (p.token().consonantal() || p.token().kind() == TokenKind.LEGAL_FORM) {
                continue;
            }
            List<NameLexicon.LegalForm> forms = NameLexicon.LEGAL_FORMS.get(p.text());
            if (forms == null) {
                forms = NameLexicon.LEGAL_FORMS_FUZZY.get(p.text().length() >= 4 ? firstLetters(p.text()) : "");
                if (forms == null) {
                    continue;
                }
            }
            for (NameLexicon.LegalForm lf : forms) {
                int n = lf.words().size();
                if (i + n > pieces.size() || !matches(pieces, i, lf.words())) {
                    continue;
                }
                boolean edge = i == 0 || i + n == pieces.size();
                int others = countWords(pieces) - n;
                // a form that is also a word or a name ("AS", "SA", "AG") needs the name to look like a company
                boolean clear = context.type() == EntityType.ORGANIZATION || others >= 2;
                if (others >= 1
                        && lf.ambiguous()
                        && n == 1
                        && edge
                        && !clear
                        && context.type() == EntityType.OTHER
                        && p.separator() != '-') {
                    // maybe a form ("BITRIVER AG" from a customer file without a type), maybe a name ("Thomas
                    // Sá"): keep the word but let it weigh as little as a particle either way
                    pieces.set(i, p.with(p.token().withKind(TokenKind.PARTICLE)));
                    break;
                }
                if (others < 1
                        || lf.ambiguous()
                                && (!edge || !clear || pieces.get(i + n - 1).separator() == '-')) {
                    continue;
                }
                replace(pieces, i, n, lf.marker());
                break;
            }
        }
    }

    private static int countWords(List<Piece> pieces) {
        int n = 0;
        for (Piece p : pieces) {
            if (p.token().kind() != TokenKind.LEGAL_FORM) {
                n++;
            }
        }
        return n;
    }

    /** Whether the words spell the form; long words may hold one typing error ("LIMTED LIABILITY"). */
    private static boolean matches(List<Piece> pieces, int at, List<String> words) {
        for (int k = 0; k < words.size(); k++) {
            String w = pieces.get(at + k).text();
            String f = words.get(k);
            if (!w.equals(f) && !(f.length() >= 5 && withinOneEdit(w, f))) {
                return false;
            }
        }
        return true;
    }

    static String firstLetters(String w) {
        return w.substring(0, 1);
    }

    /** Whether two words are at most one insertion, deletion, substitution or adjacent swap apart. */
    static boolean withinOneEdit(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1) {
            return false;
        }
        int i = 0;
        while (i < la && i < lb && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (i == la && i == lb) {
            return true;
        }
        if (la == lb) {
            if (a.substring(i + 1).equals(b.substring(i + 1))) {
                return true;
            }
            return i + 1 < la
                    && a.charAt(i) == b.charAt(i + 1)
                    && a.charAt(i + 1) == b.charAt(i)
                    && a.substring(i + 2).equals(b.substring(i + 2));
        }
        return la > lb
                ? a.substring(i + 1).equals(b.substring(i))
                : a.substring(i).equals(b.substring(i + 1));
    }

    /** "S.A.", "L.L.C.", "Sp. z o.o." are split into letters by the tokenizer: join them back when they spell a form. */
    private static void joinLetterRuns(List<Piece> pieces) {
        for (int i = 0; i < pieces.size(); i++) {
            if (pieces.get(i).text().length() > 2) {
                continue;
            }
            StringBuilder joined = new StringBuilder();
            int best = -1;
            boolean single = false;
            for (int j = i;
                    j < pieces.size() && j < i + 6 && pieces.get(j).text().length() <= 2;
                    j++) {
                joined.append(pieces.get(j).text());
                single |= pieces.get(j).text().length() == 1;
                if (j > i && single && NameLexicon.JOINED_LEGAL_FORMS.containsKey(joined.toString())) {
                    best = j;
                }
            }
            if (best > 0 && pieces.size() - (best - i + 1) >= 1) {
                StringBuilder s = new StringBuilder();
                for (int j = i; j <= best; j++) {
                    s.append(pieces.get(j).text());
                }
                replace(pieces, i, best - i + 1, NameLexicon.JOINED_LEGAL_FORMS.get(s.toString()));
            }
        }
    }

    private static void replace(List<Piece> pieces, int at, int n, String marker) {
        StringBuilder source = new StringBuilder();
        for (int k = 0; k < n; k++) {
            if (k > 0) {
                source.append(' ');
            }
            source.append(pieces.get(at + k).token().source());
        }
        Piece last = pieces.get(at + n - 1);
        Token t = new Token(marker, source.toString(), TokenKind.LEGAL_FORM, false, false, false, false);
        Piece merged = new Piece(t, last.separator(), pieces.get(at).group());
        for (int k = 0; k < n; k++) {
            pieces.remove(at);
        }
        pieces.add(at, merged);
    }
}
