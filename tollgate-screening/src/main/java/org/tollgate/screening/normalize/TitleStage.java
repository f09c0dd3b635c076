package org.tollgate.screening.normalize;

import java.util.List;
import org.tollgate.lists.model.EntityType;

/**
 * Drops titles, ranks and honorifics ("Dr.", "Sheikh", "Hajji", "General") from the front of a person's
 * name, and from the front of the given names of a {@code LAST, First} name. Organisation names are left
 * alone ("General Trading Co."). A title that would leave fewer than two words is kept as a particle.
 */
final class TitleStage implements NameStage {
    @Override
    public void apply(List<Piece> pieces, NameContext context) {
        EntityType type = context.type();
        if (type == EntityType.ORGANIZATION || type == EntityType.VESSEL || type == EntityType.AIRCRAFT) {
            return;
        }
        for (Piece p : pieces) {
            if (p.token().kind() == TokenKind.LEGAL_FORM
                    || type != EntityType.PERSON && NameLexicon.GENERIC.contains(p.text())) {
                return;
            }
        }
        for (int i = 0; i < pieces.size(); i++) {
            boolean groupStart =
                    i == 0 || pieces.get(i - 1).group() != pieces.get(i).group();
            if (!groupStart) {
                continue;
            }
            while (i < pieces.size()
                    && !pieces.get(i).token().consonantal()
                    && NameLexicon.TITLES.contains(pieces.get(i).text())) {
                if (pieces.size() > 2) {
                    context.removed(pieces.get(i).token().source());
                    pieces.remove(i);
                } else {
                    pieces.set(i, pieces.get(i).with(pieces.get(i).token().withKind(TokenKind.PARTICLE)));
                    break;
                }
            }
        }
    }
}
