package org.tollgate.cli.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns the outcomes of the accuracy benchmark into Markdown tables: results, PASS/FAIL, sweeps, examples. */
final class AccuracyReport {
    /** Thresholds of the per-kind sweep tables. */
    static final double[] ENGINE_SWEEP = {0.70, 0.75, 0.80, 0.85, 0.90, 0.95};

    static final double[] BASELINE_SWEEP = {0.80, 0.85, 0.88, 0.90, 0.92, 0.95};

    private final Map<Kind, QueryRunner.Run> engine;
    private final Map<Kind, QueryRunner.Run> baseline;
    private final double threshold;
    private final double baselineThreshold;
    private final int examples;

    AccuracyReport(
            Map<Kind, QueryRunner.Run> engine,
            Map<Kind, QueryRunner.Run> baseline,
            double threshold,
            double baselineThreshold,
            int examples) {
        this.engine = engine;
        this.baseline = baseline;
        this.threshold = threshold;
        this.baselineThreshold = baselineThreshold;
        this.examples = examples;
    }

    /** Recall (positives) or alert rate (innocents) of one run at a threshold. */
    static double rate(QueryRunner.Run run, Kind kind, double t) {
        if (run == null || run.outcomes().isEmpty()) {
            return Double.NaN;
        }
        long n = run.outcomes().stream()
                .filter(o -> kind.innocent() ? o.alert(t) : o.found(t))
                .count();
        return (double) n / run.outcomes().size();
    }

    /** Fewer queries than this give no verdict: one miss would move the rate by more than 3 points. */
    static final int MIN_FOR_VERDICT = 30;

    static boolean judged(Kind k, QueryRunner.Run r) {
        return k.hasTarget() && r != null && r.outcomes().size() >= MIN_FOR_VERDICT;
    }

    static boolean pass(Kind k, double rate) {
        return k.innocent() ? rate <= k.target() : rate >= k.target();
    }

    private static String pct(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.1f%%", v * 100);
    }

    private static String target(Kind k) {
        if (!k.hasTarget()) {
            return "-";
        }
        return (k.innocent() ? "≤ " : "≥ ") + String.format(Locale.ROOT, "%.0f%%", k.target() * 100);
    }

    /** Number of targets met and their total, at threshold t. */
    int[] targetsMet(double t) {
        int met = 0;
        int all = 0;
        for (Map.Entry<Kind, QueryRunner.Run> e : engine.entrySet()) {
            Kind k = e.getKey();
            if (judged(k, e.getValue())) {
                all++;
                if (pass(k, rate(e.getValue(), k, t))) {
                    met++;
                }
            }
        }
        return new int[] {met, all};
    }

    /** The main table: one row per kind at the default thresholds, with targets and the baseline beside. */
    String results() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(
                Locale.ROOT,
                "| kind | queries | engine at %.2f | target | verdict | baseline at %.2f | baseline queries |%n",
                threshold,
                baselineThreshold));
        b.append("|---|---:|---:|---:|---|---:|---:|\n");
        long posN = 0;
        long posFound = 0;
        long basePosN = 0;
        long basePosFound = 0;
        for (Map.Entry<Kind, QueryRunner.Run> e : engine.entrySet()) {
            Kind k = e.getKey();
            QueryRunner.Run r = e.getValue();
            double v = rate(r, k, threshold);
            QueryRunner.Run br = baseline.get(k);
            double bv = rate(br, k, baselineThreshold);
            String verdict =
                    !k.hasTarget() ? "" : !judged(k, r) ? "too few to judge" : pass(k, v) ? "PASS" : "**FAIL**";
            b.append(String.format(
                    Locale.ROOT,
                    "| %s | %,d | %s%s | %s | %s | %s%s | %s |%n",
                    k.label(),
                    r.outcomes().size(),
                    pct(v),
                    k.innocent() ? " alerts" : "",
                    target(k),
                    verdict,
                    pct(bv),
                    k.innocent() && br != null ? " alerts" : "",
                    br == null
                            ? "-"
                            : String.format(Locale.ROOT, "%,d", br.outcomes().size())));
            if (!k.innocent()) {
                posN += r.outcomes().size();
                posFound +=
                        r.outcomes().stream().filter(o -> o.found(threshold)).count();
                if (br != null) {
                    basePosN += br.outcomes().size();
                    basePosFound += br.outcomes().stream()
                            .filter(o -> o.found(baselineThreshold))
                            .count();
                }
            }
        }
        b.append(String.format(
                Locale.ROOT,
                "| **all positives** | %,d | %s |  |  | %s | %,d |%n",
                posN,
                pct((double) posFound / Math.max(1, posN)),
                pct((double) basePosFound / Math.max(1, basePosN)),
                basePosN));
        return b.toString();
    }

    /** Per-kind recall / alert rate at several thresholds. */
    String sweep(boolean ofBaseline) {
        Map<Kind, QueryRunner.Run> runs = ofBaseline ? baseline : engine;
        double[] ts = ofBaseline ? BASELINE_SWEEP : ENGINE_SWEEP;
        StringBuilder b = new StringBuilder("| kind |");
        for (double t : ts) {
            b.append(String.format(Locale.ROOT, " %.2f |", t));
        }
        b.append("\n|---|");
        b.append("---:|".repeat(ts.length)).append('\n');
        for (Map.Entry<Kind, QueryRunner.Run> e : runs.entrySet()) {
            Kind k = e.getKey();
            b.append("| ")
                    .append(k.label())
                    .append(k.innocent() ? " (alert rate)" : "")
                    .append(" |");
            for (double t : ts) {
                double v = rate(e.getValue(), k, t);
                boolean ok = !judged(k, e.getValue()) || pass(k, v);
                b.append(' ').append(ok ? pct(v) : "*" + pct(v) + "*").append(" |");
            }
            b.append('\n');
        }
        return b.toString();
    }

    /** The recall / alert-rate trade-off of the engine, threshold by threshold. */
    String tradeOff() {
        StringBuilder b = new StringBuilder(
                "| threshold | recall, all positives | lowest recall of a kind with a target | negatives_us alerts |"
                        + " negatives_global alerts | US Congress alerts | targets met |\n"
                        + "|---:|---:|---:|---:|---:|---:|---:|\n");
        for (int i = 0; i <= 14; i++) {
            double t = Math.round((0.68 + 0.02 * i) * 100) / 100.0;
            long n = 0;
            long found = 0;
            double lowest = 1;
            String lowestKind = "";
            for (Map.Entry<Kind, QueryRunner.Run> e : engine.entrySet()) {
                Kind k = e.getKey();
                if (k.innocent() || e.getValue().outcomes().isEmpty()) {
                    continue;
                }
                n += e.getValue().outcomes().size();
                found +=
                        e.getValue().outcomes().stream().filter(o -> o.found(t)).count();
                double r = rate(e.getValue(), k, t);
                if (judged(k, e.getValue()) && r < lowest) {
                    lowest = r;
                    lowestKind = k.label();
                }
            }
            int[] met = targetsMet(t);
            b.append(String.format(
                    Locale.ROOT,
                    "| %.2f%s | %s | %s (%s) | %s | %s | %s | %d / %d |%n",
                    t,
                    Math.abs(t - threshold) < 1e-9 ? " (default)" : "",
                    pct((double) found / Math.max(1, n)),
                    pct(lowest),
                    lowestKind,
                    pct(rate(engine.get(Kind.NEGATIVES_US), Kind.NEGATIVES_US, t)),
                    pct(rate(engine.get(Kind.NEGATIVES_GLOBAL), Kind.NEGATIVES_GLOBAL, t)),
                    pct(rate(engine.get(Kind.CONGRESS), Kind.CONGRESS, t)),
                    met[0],
                    met[1]));
        }
        return b.toString();
    }

    /** Up to N misses (positives) or false alerts (innocents) per kind, and alerts on other entities. */
    String examples() {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<Kind, QueryRunner.Run> e : engine.entrySet()) {
            Kind k = e.getKey();
            List<QueryRunner.Outcome> bad = new ArrayList<>();
            List<QueryRunner.Outcome> other = new ArrayList<>();
            for (QueryRunner.Outcome o : e.getValue().outcomes()) {
                if (k.innocent() ? o.alert(threshold) : !o.found(threshold)) {
                    if (bad.size() < examples) {
                        bad.add(o);
                    }
                } else if (!k.innocent()
                        && !o.query().expected().contains(o.topId())
                        && o.topScore() >= threshold
                        && other.size() < examples) {
                    other.add(o);
                }
            }
            if (bad.isEmpty() && other.isEmpty()) {
                continue;
            }
            b.append("\n#### ").append(k.label()).append("\n\n");
            if (!bad.isEmpty()) {
                b.append(k.innocent() ? "False alerts:\n\n" : "Misses:\n\n");
                b.append(
                        k.innocent()
                                ? "| query | top hit | score |\n|---|---|---:|\n"
                                : "| query | made from | expected score | top hit | top score |\n|---|---|---:|---|---:|\n");
                for (QueryRunner.Outcome o : bad) {
                    if (k.innocent()) {
                        b.append(String.format(
                                Locale.ROOT,
                                "| %s | %s (%s) | %.3f |%n",
                                cell(o.query().text()),
                                cell(o.topName()),
                                o.topId(),
                                o.topScore()));
                    } else {
                        b.append(String.format(
                                Locale.ROOT,
                                "| %s | %s (%s) | %s | %s | %s |%n",
                                cell(o.query().text()),
                                cell(o.query().source()),
                                o.query().sourceId(),
                                o.expectedScore() == 0
                                        ? "not returned"
                                        : String.format(Locale.ROOT, "%.3f", o.expectedScore()),
                                o.topId().isEmpty() ? "-" : cell(o.topName()) + " (" + o.topId() + ")",
                                o.topId().isEmpty() ? "-" : String.format(Locale.ROOT, "%.3f", o.topScore())));
                    }
                }
            }
            if (!other.isEmpty()) {
                b.append(
                        "\nFound, but another entity scored higher (a second listing of the same party, or a false alert):\n\n");
                b.append(
                        "| query | made from | expected score | other top hit | other score |\n|---|---|---:|---|---:|\n");
                for (QueryRunner.Outcome o : other) {
                    b.append(String.format(
                            Locale.ROOT,
                            "| %s | %s (%s) | %.3f | %s | %.3f |%n",
                            cell(o.query().text()),
                            cell(o.query().source()),
                            o.query().sourceId(),
                            o.expectedScore(),
                            cell(o.topName()) + " (" + o.topId() + ")",
                            o.topScore()));
                }
            }
        }
        return b.toString();
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }
}
