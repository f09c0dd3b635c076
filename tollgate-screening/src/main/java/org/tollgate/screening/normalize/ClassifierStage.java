package org.tollgate.screening.normalize;

import java.util.ArrayList;
import java.util.List;
import org.tollgate.lists.model.EntityType;

/**
 * The last stage: marks generic organisation words, initials, patronymics and middle names. Middle names
 * are only marked in names that may be a person's: in {@code LAST, First Middle} form the words before the
 * comma are surnames and the first word after it the given name; otherwise the first and the last word
 * are the given name and the surname.
 */
final class ClassifierStage implements NameStage {
    @Override
    public void apply(List<Piece> pieces, NameContext context) {
        EntityType type = context.type();
        boolean orgLike = type == EntityType.ORGANIZATION || type == EntityType.VESSEL || type == EntityType.AIRCRAFT;
        for (Piece p : pieces) {
            if (p.token().kind() == TokenKind.LEGAL_FORM) {
                orgLike = true;
            }
        }
        for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            Token t = p.token();
            if (t.kind() != TokenKind.WORD) {
                continue;
            }
            String s = t.text();
            if (s.length() == 1 && Character.isLetter(s.charAt(0))) {
                pieces.set(i, p.with(t.withKind(TokenKind.INITIAL)));
            } else if (type != EntityType.PERSON && pieces.size() >= 2 && NameLexicon.GENERIC.contains(s)) {
                pieces.set(i, p.with(t.withKind(TokenKind.GENERIC)));
                orgLike = true;
            }
        }
        if (orgLike) {
            return;
        }
        List<Integer> order = new ArrayList<>();
        if (context.commaForm()) {
            for (int g : new int[] {1, 0}) {
                for (int i = 0; i < pieces.size(); i++) {
                    if (pieces.get(i).group() == g) {
                        order.add(i);
                    }
                }
            }
        } else {
            for (int i = 0; i < pieces.size(); i++) {
                order.add(i);
            }
        }
        List<Integer> words = new ArrayList<>();
        for (int i : order) {
            if (pieces.get(i).token().kind() == TokenKind.WORD) {
                words.add(i);
            }
        }
        for (int k = 0; k < words.size(); k++) {
            int i = words.get(k);
            Piece p = pieces.get(i);
            boolean patronymic = NameLexicon.isPatronymic(p.text()) && words.size() >= 2;
            boolean middle;
            if (words.size() < 3) {
                middle = false;
            } else if (context.commaForm()) {
                middle = p.group() == 1 && k > 0;
            } else {
                middle = k > 0 && k < words.size() - 1;
            }
            if (middle || patronymic) {
                pieces.set(i, p.with(p.token().withPosition(middle, patronymic)));
            }
        }
    }
}
