package org.tollgate.screening;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.tollgate.lists.testdata.TestData;
import org.tollgate.screening.bench.RealLists;
import org.tollgate.screening.index.ScreeningIndex;

/**
 * One index over the real lists (OFAC SDN 2024-05-03 with aliases, OFAC consolidated, UN, CSL), built once for
 * all tests that need it.
 */
final class RealIndex {
    private static volatile Screener screener;
    private static volatile List<Party> parties;

    private RealIndex() {}

    static synchronized Screener screener() {
        if (screener == null) {
            screener = new Screener(ScreeningIndex.build(parties()));
        }
        return screener;
    }

    static synchronized List<Party> parties() {
        if (parties == null) {
            try {
                parties = RealLists.all(TestData.dir());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return parties;
    }

    /** Screens a name with options that show near misses too. */
    static ScreeningResult screen(ScreeningQuery q) {
        return screener()
                .screen(q, ScreeningOptions.defaults().withMinScore(0.3).withLimit(20));
    }

    static ScreeningResult screen(String name) {
        return screen(ScreeningQuery.of(name));
    }

    /** The hit for an entity, if any. */
    static java.util.Optional<Hit> hit(ScreeningResult r, String entityId) {
        return r.hits().stream().filter(h -> h.entityId().equals(entityId)).findFirst();
    }
}
