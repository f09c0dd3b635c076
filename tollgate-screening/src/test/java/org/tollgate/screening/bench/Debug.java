package org.tollgate.screening.bench;

import java.nio.file.Path;
import java.util.List;
import org.tollgate.screening.Party;
import org.tollgate.screening.index.ScreeningIndex;

/** Development aid: looks terms and parties up. */
public final class Debug {
    public static void main(String[] args) throws Exception {
        Path data = Path.of(System.getenv().getOrDefault("TOLLGATE_TESTDATA", "../shared/data"));
        List<Party> parties = RealLists.all(data);
        ScreeningIndex idx = ScreeningIndex.build(parties);
        for (String a : args) {
            if (a.contains(":")) {
                var p = idx.party(a);
                System.out.println(a + " -> " + p.map(Party::names).orElse(null));
                continue;
            }
            int t = idx.termId(a);
            System.out.println(a + " term " + t
                    + (t >= 0 ? " df " + idx.documentFrequency(t) + " posts " + idx.postingCount(t) : ""));
            if (t >= 0) {
                idx.postings(
                        t,
                        n -> System.out.println("   name " + n + " " + idx.nameValue(n) + " party "
                                + idx.party(idx.nameParty(n)).id()));
            }
        }
    }
}
