package org.tollgate.cli.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.tollgate.screening.Hit;
import org.tollgate.screening.Screener;
import org.tollgate.screening.ScreeningException;
import org.tollgate.screening.ScreeningOptions;
import org.tollgate.screening.ScreeningQuery;
import org.tollgate.screening.ScreeningResult;

/** Runs labelled queries through the engine or the baseline on a few threads and keeps what each found. */
final class QueryRunner {
    private QueryRunner() {}

    /**
     * What one query found.
     *
     * @param query the labelled query
     * @param expectedScore the best score of an expected entity among the hits, 0 when none was returned
     * @param topScore the best score of any hit, 0 without hits
     * @param topId the best hit's entity, empty without hits
     * @param topName the best hit's matched name
     * @param otherScore the best score of a hit that is not expected (for positives), 0 when none
     */
    record Outcome(
            LabelledQuery query,
            double expectedScore,
            double topScore,
            String topId,
            String topName,
            double otherScore) {

        boolean found(double threshold) {
            return expectedScore >= threshold;
        }

        boolean alert(double threshold) {
            return topScore >= threshold;
        }
    }

    /** Outcomes in query order and the wall time taken. */
    record Run(List<Outcome> outcomes, long nanos, int threads) {
        double queriesPerSecond() {
            return outcomes.size() * 1e9 / Math.max(1, nanos);
        }
    }

    /** The engine, with hits down to {@code minScore} and at most {@code limit} per query. */
    static Run engine(Screener screener, List<LabelledQuery> queries, double minScore, int limit, int threads) {
        ScreeningOptions options =
                ScreeningOptions.defaults().withMinScore(minScore).withLimit(limit);
        return run(queries, threads, q -> {
            ScreeningResult r;
            try {
                r = screener.screen(ScreeningQuery.of(q.text()), options);
            } catch (ScreeningException e) {
                return new Outcome(q, 0, 0, "", "", 0);
            }
            double expected = 0;
            double other = 0;
            for (Hit h : r.hits()) {
                if (q.expected().contains(h.entityId())) {
                    expected = Math.max(expected, h.score());
                } else {
                    other = Math.max(other, h.score());
                }
            }
            Hit top = r.hits().isEmpty() ? null : r.hits().get(0);
            return new Outcome(
                    q,
                    expected,
                    top == null ? 0 : top.score(),
                    top == null ? "" : top.entityId(),
                    top == null ? "" : top.matchedName(),
                    other);
        });
    }

    /** The Jaro-Winkler + Soundex baseline. */
    static Run baseline(BaselineMatcher matcher, List<LabelledQuery> queries, double minScore, int limit, int threads) {
        return run(queries, threads, q -> {
            List<BaselineMatcher.Scored> hits = matcher.screen(q.text(), minScore, limit);
            double expected = 0;
            double other = 0;
            for (BaselineMatcher.Scored h : hits) {
                if (q.expected().contains(h.entityId())) {
                    expected = Math.max(expected, h.score());
                } else {
                    other = Math.max(other, h.score());
                }
            }
            BaselineMatcher.Scored top = hits.isEmpty() ? null : hits.get(0);
            return new Outcome(
                    q,
                    expected,
                    top == null ? 0 : top.score(),
                    top == null ? "" : top.entityId(),
                    top == null ? "" : top.matchedName(),
                    other);
        });
    }

    private static Run run(List<LabelledQuery> queries, int threads, Function<LabelledQuery, Outcome> screen) {
        Outcome[] out = new Outcome[queries.size()];
        int chunk = 256;
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "tollgate-bench");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> fs = new ArrayList<>();
            for (int from = 0; from < queries.size(); from += chunk) {
                int start = from;
                int end = Math.min(queries.size(), from + chunk);
                fs.add(pool.submit(() -> {
                    for (int i = start; i < end; i++) {
                        out[i] = screen.apply(queries.get(i));
                    }
                }));
            }
            for (Future<?> f : fs) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a query failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return new Run(List.of(out), System.nanoTime() - t0, threads);
    }
}
