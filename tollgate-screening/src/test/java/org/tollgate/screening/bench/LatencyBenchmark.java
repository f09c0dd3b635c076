package org.tollgate.screening.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.tollgate.screening.Party;
import org.tollgate.screening.Screener;
import org.tollgate.screening.ScreeningOptions;
import org.tollgate.screening.ScreeningQuery;
import org.tollgate.screening.index.ScreeningIndex;

/**
 * Speed benchmark: builds the index from the real lists (OFAC SDN + consolidated, UN, CSL), reports build
 * time and index heap, then the latency percentiles of single-threaded queries (list names with seeded
 * variations mixed with synthetic innocents), after a warm-up. Args: [queries].
 */
public final class LatencyBenchmark {
    private static long usedAfterGc(Runtime rt) throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(System.getenv().getOrDefault("TOLLGATE_TESTDATA", "../shared/data"));
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10000;
        List<Party> parties = RealLists.all(data);
        Runtime rt = Runtime.getRuntime();
        long[] builds = new long[3];
        for (int i = 0; i < builds.length; i++) {
            long t0 = System.nanoTime();
            ScreeningIndex.build(parties);
            builds[i] = (System.nanoTime() - t0) / 1_000_000;
        }
        // heap of one index: used heap after a collection, with and without it (the parties are held throughout)
        long base = usedAfterGc(rt);
        ScreeningIndex keep = ScreeningIndex.build(parties);
        long heapIndex = usedAfterGc(rt) - base;
        Screener probe = new Screener(keep);
        System.out.printf(
                "index: %s%nbuild ms (3 runs, the first cold): %s%nindex heap: %d MB%n",
                keep.stats(), Arrays.toString(builds), heapIndex >> 20);

        Random rnd = new Random(7);
        List<ScreeningQuery> queries = new ArrayList<>();
        List<Party> shuffled = new ArrayList<>(parties);
        Collections.shuffle(shuffled, rnd);
        for (Party p : shuffled.subList(0, count / 2)) {
            String n = p.primaryName();
            queries.add(
                    ScreeningQuery.of(rnd.nextBoolean() ? n : AccuracyHarness.typo(AccuracyHarness.reordered(n), rnd)));
        }
        List<List<String>> neg = RealLists.csv(
                data.resolve("name_corpus_opensanctions_benchmark/negatives_global.csv"), StandardCharsets.UTF_8);
        for (List<String> r : neg.subList(1, 1 + count - queries.size())) {
            queries.add(ScreeningQuery.of(r.get(0)));
        }
        Collections.shuffle(queries, rnd);
        ScreeningOptions o = ScreeningOptions.defaults();
        for (int w = 0; w < 3; w++) {
            for (ScreeningQuery q : queries.subList(0, Math.min(3000, queries.size()))) {
                probe.screen(q, o);
            }
        }
        long[] ns = new long[queries.size()];
        long[] cpu = new long[queries.size()];
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        for (int i = 0; i < queries.size(); i++) {
            long c = mx.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            probe.screen(queries.get(i), o);
            ns[i] = System.nanoTime() - t;
            cpu[i] = mx.getCurrentThreadCpuTime() - c;
        }
        Arrays.sort(cpu);
        // CPU time is what the query costs whatever else runs on the machine; wall time includes waiting
        System.out.printf(
                "cpu time per query: p50 %.3f ms, p90 %.3f ms, p99 %.3f ms, max %.3f ms%n",
                cpu[cpu.length / 2] / 1e6,
                cpu[cpu.length * 9 / 10] / 1e6,
                cpu[cpu.length * 99 / 100] / 1e6,
                cpu[cpu.length - 1] / 1e6);
        long total = System.nanoTime() - start;
        if (Boolean.getBoolean("slowest")) {
            Integer[] order = new Integer[ns.length];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Long.compare(ns[b], ns[a]));
            for (int i = 0; i < 15; i++) {
                System.out.printf(
                        "  slow %.2f ms %s%n",
                        ns[order[i]] / 1e6, queries.get(order[i]).name());
            }
        }
        Arrays.sort(ns);
        System.out.printf(
                "wall time, queries %d, one thread: p50 %.3f ms, p90 %.3f ms, p99 %.3f ms, max %.3f ms, %.0f queries/s%n",
                ns.length,
                ns[ns.length / 2] / 1e6,
                ns[ns.length * 9 / 10] / 1e6,
                ns[ns.length * 99 / 100] / 1e6,
                ns[ns.length - 1] / 1e6,
                ns.length / (total / 1e9));
    }
}
