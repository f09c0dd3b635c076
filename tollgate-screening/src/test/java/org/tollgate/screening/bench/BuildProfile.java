package org.tollgate.screening.bench;

import java.nio.file.Path;
import java.util.List;
import org.tollgate.screening.Party;
import org.tollgate.screening.PartyName;
import org.tollgate.screening.index.ScreeningIndex;
import org.tollgate.screening.normalize.NameNormalizer;
import org.tollgate.screening.variants.TokenFeatures;
import org.tollgate.screening.variants.VariantTable;

/** Times the parts of an index build (a development aid). */
public final class BuildProfile {
    public static void main(String[] args) throws Exception {
        Path data = Path.of(System.getenv().getOrDefault("TOLLGATE_TESTDATA", "../shared/data"));
        List<Party> parties = RealLists.all(data);
        for (int round = 0; round < 3; round++) {
            long t0 = System.nanoTime();
            int n = 0;
            java.util.Set<String> toks = new java.util.HashSet<>();
            for (Party p : parties) {
                for (PartyName pn : p.names()) {
                    n += NameNormalizer.standard()
                            .normalize(pn.value(), p.type())
                            .tokens()
                            .size();
                    NameNormalizer.standard()
                            .normalize(pn.value(), p.type())
                            .tokens()
                            .forEach(t -> toks.add(t.text()));
                }
            }
            long t1 = System.nanoTime();
            for (String t : toks) {
                TokenFeatures.of(t, false, VariantTable.standard());
            }
            long t2 = System.nanoTime();
            ScreeningIndex idx = ScreeningIndex.build(parties);
            long t3 = System.nanoTime();
            System.out.printf(
                    "normalize x2 %d ms (%d tokens), features %d ms (%d terms), build %d ms%n",
                    (t1 - t0) / 1_000_000, n, (t2 - t1) / 1_000_000, toks.size(), (t3 - t2) / 1_000_000);
        }
    }
}
