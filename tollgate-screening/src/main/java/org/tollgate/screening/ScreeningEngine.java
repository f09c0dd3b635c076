package org.tollgate.screening;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.tollgate.lists.model.Entity;
import org.tollgate.screening.index.ScreeningIndex;

/** Entry points and the engine version recorded with every result, so a decision can be replayed. */
public final class ScreeningEngine {
    /**
     * The version of the matching behaviour: normalisation, variant tables and scoring. Changes whenever a
     * change can alter a score.
     */
    public static final String VERSION = "tollgate-screening/0.1.0";

    private ScreeningEngine() {}

    /** The parties of list entities. */
    public static List<Party> parties(Collection<Entity> entities) {
        List<Party> out = new ArrayList<>(entities.size());
        for (Entity e : entities) {
            out.add(Party.of(e));
        }
        return out;
    }

    /** An index over list entities. */
    public static ScreeningIndex index(Collection<Entity> entities) {
        return ScreeningIndex.build(parties(entities));
    }

    /** A screener over list entities. */
    public static Screener screener(Collection<Entity> entities) {
        return new Screener(index(entities));
    }
}
