package org.tollgate.screening.bench;

import java.nio.file.Path;
import java.util.List;
import org.tollgate.screening.Hit;
import org.tollgate.screening.Party;
import org.tollgate.screening.Screener;
import org.tollgate.screening.ScreeningOptions;
import org.tollgate.screening.ScreeningQuery;
import org.tollgate.screening.ScreeningResult;
import org.tollgate.screening.index.ScreeningIndex;
import org.tollgate.screening.normalize.NameNormalizer;

/** Prints normalisations and hits for names given on the command line (a development aid). */
public final class Smoke {
    public static void main(String[] args) throws Exception {
        Path data = Path.of(System.getenv().getOrDefault("TOLLGATE_TESTDATA", "../shared/data"));
        long t0 = System.nanoTime();
        List<Party> parties = RealLists.all(data);
        if (Boolean.getBoolean("latin")) {
            parties = parties.stream()
                    .map(p -> new Party(
                            p.id(),
                            p.source(),
                            p.sourceRef(),
                            p.type(),
                            p.names().stream()
                                    .filter(n -> n.strength() != org.tollgate.screening.NameStrength.ORIGINAL_SCRIPT)
                                    .toList(),
                            p.birthDates(),
                            p.countries(),
                            p.identifiers(),
                            p.entity()))
                    .toList();
        }
        long t1 = System.nanoTime();
        ScreeningIndex idx = ScreeningIndex.build(parties);
        long t2 = System.nanoTime();
        System.out.printf("read %d parties in %d ms; index %s%n", parties.size(), (t1 - t0) / 1_000_000, idx.stats());
        Screener s = new Screener(idx);
        ScreeningOptions o = ScreeningOptions.defaults()
                .withMinScore(0.5)
                .withLimit(5)
                .withMaxCandidates(Integer.getInteger("cands", 100));
        for (String a : args) {
            System.out.println(
                    "== " + a + " -> " + NameNormalizer.standard().normalize(a).tokens());
            ScreeningResult r = s.screen(ScreeningQuery.of(a), o);
            for (Hit h : r.hits()) {
                System.out.printf(
                        "  %.3f %s %s | %s | %s%n",
                        h.score(),
                        h.alert() ? "ALERT" : "     ",
                        h.entityId(),
                        h.matchedName(),
                        h.explanation().composition());
                System.out.println("      " + h.explanation().alignments() + " unQ="
                        + h.explanation().unmatchedQuery() + " unL="
                        + h.explanation().unmatchedList());
            }
        }
    }
}
