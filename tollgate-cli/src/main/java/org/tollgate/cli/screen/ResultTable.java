package org.tollgate.cli.screen;

import java.io.PrintWriter;
import java.util.Locale;
import org.tollgate.screening.Hit;
import org.tollgate.screening.ScreeningResult;
import org.tollgate.screening.explain.Explanation;
import org.tollgate.screening.explain.Factor;
import org.tollgate.screening.explain.TokenAlignment;
import org.tollgate.screening.explain.UnmatchedToken;

/** Prints one screening result for a person at a terminal: a table of hits, each with its explanation. */
public final class ResultTable {
    private ResultTable() {}

    public static void print(PrintWriter out, String name, ScreeningResult r) {
        out.printf(Locale.ROOT, "query      %s%n", name);
        out.printf(Locale.ROOT, "tokens     %s%n", String.join(" ", r.queryTokens()));
        out.printf(Locale.ROOT, "threshold  %.2f   engine %s%n", r.threshold(), r.engineVersion());
        long alerts = r.hits().stream().filter(Hit::alert).count();
        out.printf(Locale.ROOT, "hits       %d (%d alert%s)%n%n", r.hits().size(), alerts, alerts == 1 ? "" : "s");
        if (r.hits().isEmpty()) {
            out.println("no list entry scored at or above the minimum score");
            out.flush();
            return;
        }
        out.printf(
                Locale.ROOT,
                "%-3s %-6s %-5s %-12s %-14s %-10s %s%n",
                "#",
                "score",
                "alert",
                "type",
                "source",
                "ref",
                "name [matched name]");
        int i = 0;
        for (Hit h : r.hits()) {
            i++;
            String names = h.name().equals(h.matchedName()) ? h.name() : h.name() + " [" + h.matchedName() + "]";
            out.printf(
                    Locale.ROOT,
                    "%-3d %-6.3f %-5s %-12s %-14s %-10s %s%n",
                    i,
                    h.score(),
                    h.alert() ? "ALERT" : "-",
                    h.type(),
                    h.source(),
                    h.sourceRef(),
                    names);
        }
        out.println();
        i = 0;
        for (Hit h : r.hits()) {
            i++;
            explain(out, i, h);
        }
        out.flush();
    }

    private static void explain(PrintWriter out, int i, Hit h) {
        Explanation e = h.explanation();
        out.printf(
                Locale.ROOT,
                "#%d %s  (%s, %s name \"%s\")%n",
                i,
                h.entityId(),
                h.type(),
                e.nameStrength(),
                e.matchedName());
        for (TokenAlignment a : e.alignments()) {
            out.printf(
                    Locale.ROOT,
                    "     %-18s = %-18s %-14s similarity %.2f  weight %.2f%n",
                    a.queryToken(),
                    a.listToken(),
                    a.method().code(),
                    a.similarity(),
                    a.weight());
        }
        for (UnmatchedToken u : e.unmatchedQuery()) {
            out.printf(
                    Locale.ROOT, "     query word %s not matched (%s, weight %.2f)%n", u.token(), u.kind(), u.weight());
        }
        for (UnmatchedToken u : e.unmatchedList()) {
            out.printf(
                    Locale.ROOT, "     list word %s not matched (%s, weight %.2f)%n", u.token(), u.kind(), u.weight());
        }
        out.printf(
                Locale.ROOT,
                "     coverage: query %.0f%%, list name %.0f%%; name score %.3f%n",
                e.queryCoverage() * 100,
                e.listCoverage() * 100,
                e.nameScore());
        for (Factor f : e.factors()) {
            out.printf(Locale.ROOT, "     %s %s: %s (%+.2f)%n", f.kind(), f.effect(), f.detail(), f.adjustment());
        }
        out.printf(Locale.ROOT, "     score: %s%n%n", e.composition());
    }
}
