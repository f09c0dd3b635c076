package org.tollgate.screening;

import java.nio.file.Path;
import org.tollgate.screening.bench.RealLists;
import org.tollgate.screening.index.ScreeningIndex;
import org.tollgate.screening.score.QueryName;

/** Development aid: prints the candidates of a query. */
public final class CandidateDebug {
    public static void main(String[] args) throws Exception {
        ScreeningIndex idx = ScreeningIndex.build(RealLists.all(Path.of(System.getenv("TOLLGATE_TESTDATA"))));
        QueryName q = QueryName.prepare(idx.normalizer().normalize(args[0]), idx);
        int[] c = CandidateSearch.find(q, idx, new int[0], 10);
        for (int n : c) {
            System.out.println(n + " " + idx.nameValue(n) + " w=" + idx.nameWeight(n));
        }
    }
}
