package org.tollgate.screening.normalize;

import java.util.List;

/**
 * One step of the name normalisation chain, in the manner of a Lucene token filter: it rewrites, drops or
 * classifies the tokens of one name in place.
 */
@FunctionalInterface
public interface NameStage {
    /**
     * Applies the stage.
     *
     * @param pieces the tokens of the name, in written order; the stage may change the list
     * @param context facts about the name as a whole
     */
    void apply(List<Piece> pieces, NameContext context);
}
