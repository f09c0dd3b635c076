package org.tollgate.cli.bench;

import java.io.BufferedWriter;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.tollgate.cli.TollgateCommand;
import org.tollgate.cli.screen.CpuTime;
import org.tollgate.lists.model.Entity;
import org.tollgate.lists.parse.ListParseException;
import org.tollgate.screening.Screener;
import org.tollgate.screening.ScreeningEngine;
import org.tollgate.screening.ScreeningException;
import org.tollgate.screening.ScreeningOptions;
import org.tollgate.screening.ScreeningQuery;
import org.tollgate.screening.index.ScreeningIndex;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tollgate bench speed}: index build time and heap, one-query latency percentiles on one warmed-up
 * thread, the brute-force baseline's rate for reference, and the end-to-end throughput of {@code tollgate
 * screen} over a generated CSV, run as its own JVM.
 */
@Command(
        name = "speed",
        mixinStandardHelpOptions = true,
        description = "Speed benchmark on the accuracy benchmark's index (OFAC SDN + consolidated + UN + CSL): index"
                + " build time and heap, single-thread query latency (p50/p90/p99/max) on a mix of innocent and"
                + " listed-name queries, baseline queries/s, and 'tollgate screen' rows/s over a generated CSV."
                + " Prints Markdown and writes it to --out.")
public final class SpeedBenchCommand implements Callable<Integer> {
    private static final Pattern SUMMARY = Pattern.compile(
            "screened ([\\d,]+) rows in ([\\d.]+) s \\(([\\d,]+) rows/s(?:, ([\\d.]+) s of CPU time)?\\)");

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--data",
            paramLabel = "DIR",
            description = "The shared data folder (default: $TOLLGATE_TESTDATA if set, else ../shared/data).")
    Path data = BenchData.defaultFolder();

    @Option(names = "--seed", description = "Seed of the query mix (default: ${DEFAULT-VALUE}).")
    long seed = 42;

    @Option(names = "--warmup", paramLabel = "N", description = "Warm-up queries (default: ${DEFAULT-VALUE}).")
    int warmup = 20_000;

    @Option(names = "--queries", paramLabel = "N", description = "Timed queries (default: ${DEFAULT-VALUE}).")
    int queries = 20_000;

    @Option(
            names = "--baseline-queries",
            paramLabel = "N",
            description = "Queries timed for the baseline (default: ${DEFAULT-VALUE}).")
    int baselineQueries = 2_000;

    @Option(names = "--rows", paramLabel = "N", description = "Rows of the generated CSV (default: ${DEFAULT-VALUE}).")
    int rows = 100_000;

    @Option(
            names = "--threads",
            paramLabel = "N",
            description = "Threads of 'tollgate screen' (default: the processors).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(
            names = "--heap",
            paramLabel = "SIZE",
            description = "-Xmx of the 'tollgate screen' JVM (default: ${DEFAULT-VALUE}).")
    String heap = "1g";

    @Option(
            names = "--out",
            paramLabel = "FILE",
            description = "Where the Markdown report goes besides standard output (default: ${DEFAULT-VALUE};"
                    + " '-' for none).")
    String out = "docs/performance.md";

    @Override
    public Integer call() {
        PrintWriter log = spec.commandLine().getErr();
        try (BenchData d = BenchData.load(data, log)) {
            List<Entity> indexed = d.indexed();
            long before = usedHeap();
            long t0 = System.nanoTime();
            long c0 = CpuTime.process();
            ScreeningIndex index = ScreeningEngine.index(indexed);
            long[] cold = {(System.nanoTime() - t0) / 1_000_000, (CpuTime.process() - c0) / 1_000_000};
            long heapBytes = usedHeap() - before;
            log.printf(
                    Locale.ROOT,
                    "index built in %,d ms (%,d ms of CPU; first build), %,d MB of heap%n",
                    cold[0],
                    cold[1],
                    heapBytes >> 20);
            t0 = System.nanoTime();
            c0 = CpuTime.process();
            ScreeningIndex again = ScreeningEngine.index(indexed);
            long[] warm = {(System.nanoTime() - t0) / 1_000_000, (CpuTime.process() - c0) / 1_000_000};
            log.printf(Locale.ROOT, "index built again in %,d ms (%,d ms of CPU)%n", warm[0], warm[1]);
            if (again.nameCount() != index.nameCount()) {
                throw new IllegalStateException("two builds of one index differ");
            }

            List<Mixed> mix = mix(d, indexed);
            Screener screener = new Screener(index);
            ScreeningOptions options = ScreeningOptions.defaults();
            log.printf(Locale.ROOT, "warming up with %,d queries%n", warmup);
            log.flush();
            for (int i = 0; i < warmup; i++) {
                screen(screener, mix.get(i % mix.size()).name(), options);
            }
            long[] ns = new long[queries];
            long[] cpu = new long[queries];
            int alerts = 0;
            double loadBefore = CpuTime.loadAverage();
            long tq = System.nanoTime();
            long cq = CpuTime.thread();
            for (int i = 0; i < queries; i++) {
                String q = mix.get((warmup + i) % mix.size()).name();
                long c = CpuTime.thread();
                long s = System.nanoTime();
                alerts += screen(screener, q, options) ? 1 : 0;
                ns[i] = System.nanoTime() - s;
                cpu[i] = CpuTime.thread() - c;
            }
            long wallAll = System.nanoTime() - tq;
            long cpuAll = CpuTime.thread() - cq;
            Latency lat = new Latency(
                    ns,
                    cpu,
                    queries * 1e9 / wallAll,
                    queries * 1e9 / Math.max(1, cpuAll),
                    (double) cpuAll / wallAll,
                    loadBefore,
                    CpuTime.loadAverage(),
                    alerts);
            log.printf(
                    Locale.ROOT,
                    "latency (wall) p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms; (CPU) p50 %.2f ms, p99 %.2f ms;"
                            + " %,.0f queries/s wall, %,.0f per CPU-second; this thread got %.0f%% of a core"
                            + " (load average %.1f)%n",
                    ms(pct(lat.wall(), 0.50)),
                    ms(pct(lat.wall(), 0.90)),
                    ms(pct(lat.wall(), 0.99)),
                    ms(lat.wall()[queries - 1]),
                    ms(pct(lat.cpu(), 0.50)),
                    ms(pct(lat.cpu(), 0.99)),
                    lat.wallQps(),
                    lat.cpuQps(),
                    lat.cpuShare() * 100,
                    lat.loadAfter());
            log.flush();

            BaselineMatcher baseline = new BaselineMatcher(indexed);
            int bn = Math.min(baselineQueries, mix.size());
            for (int i = 0; i < Math.min(200, bn); i++) {
                baseline.screen(mix.get(i).name(), 0.9, 10);
            }
            long tb = CpuTime.thread();
            for (int i = 0; i < bn; i++) {
                baseline.screen(mix.get(i).name(), 0.9, 10);
            }
            double baseQps = bn * 1e9 / Math.max(1, CpuTime.thread() - tb);
            log.printf(Locale.ROOT, "baseline: %,.1f queries per CPU-second (one thread)%n", baseQps);
            log.flush();

            EndToEnd e2e = endToEnd(d, mix, log);
            String md = markdown(index, cold, warm, heapBytes, lat, mix, baseQps, bn, e2e);
            spec.commandLine().getOut().print(md);
            spec.commandLine().getOut().flush();
            if (!out.equals("-")) {
                Path p = Path.of(out);
                if (p.toAbsolutePath().getParent() != null) {
                    Files.createDirectories(p.toAbsolutePath().getParent());
                }
                Files.writeString(p, md, StandardCharsets.UTF_8);
                log.println("wrote " + p);
            }
            return 0;
        } catch (ListParseException | IOException e) {
            log.println("tollgate: " + e.getMessage());
            return TollgateCommand.EXIT_INPUT;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            log.println("tollgate: interrupted");
            return TollgateCommand.EXIT_FAILURE;
        }
    }

    private static boolean screen(Screener s, String name, ScreeningOptions o) {
        try {
            return s.screen(ScreeningQuery.of(name), o).alert();
        } catch (ScreeningException e) {
            return false;
        }
    }

    /**
     * Single-thread latencies, sorted.
     *
     * @param wall wall time per query, ns
     * @param cpu CPU time of the thread per query, ns
     * @param wallQps queries per wall second
     * @param cpuQps queries per CPU second
     * @param cpuShare share of a core the thread got while timed
     */
    record Latency(
            long[] wall,
            long[] cpu,
            double wallQps,
            double cpuQps,
            double cpuShare,
            double loadBefore,
            double loadAfter,
            int alerts) {
        Latency {
            wall = wall.clone();
            cpu = cpu.clone();
            Arrays.sort(wall);
            Arrays.sort(cpu);
        }
    }

    /** A query of the mix, with what a customer record would add to it. */
    record Mixed(String name, String birthDate, String country, boolean listed) {}

    /**
     * Half innocents (negatives_us and negatives_global, with their birth dates and nationalities), half
     * variations of listed names made by the accuracy benchmark's generator (every kind, names only), in a
     * seeded random order.
     */
    private List<Mixed> mix(BenchData d, List<Entity> indexed) throws IOException {
        List<Mixed> positives = new ArrayList<>();
        for (Map.Entry<Kind, List<LabelledQuery>> e :
                new PositiveGenerator(indexed, seed).generate(1000).entrySet()) {
            for (LabelledQuery q : e.getValue()) {
                positives.add(new Mixed(q.text(), "", "", true));
            }
        }
        List<Mixed> innocents = new ArrayList<>();
        for (String f : List.of("negatives_us.csv", "negatives_global.csv")) {
            for (NameCorpus.Row r : NameCorpus.read(d.corpus(f))) {
                innocents.add(new Mixed(r.fullName(), r.birthDate(), r.nationality(), false));
            }
        }
        Random rnd = new Random(seed);
        Collections.shuffle(positives, rnd);
        Collections.shuffle(innocents, rnd);
        int n = Math.min(positives.size(), innocents.size());
        List<Mixed> mix = new ArrayList<>(positives.subList(0, n));
        mix.addAll(innocents.subList(0, n));
        Collections.shuffle(mix, rnd);
        return mix;
    }

    /** What the end-to-end run of 'tollgate screen' reported. */
    record EndToEnd(
            int rows,
            long wallMillis,
            double screenSeconds,
            long rowsPerSecond,
            double cpuSeconds,
            double loadBefore,
            double loadAfter,
            String command,
            int exit) {
        /** Rows per CPU-second of the whole screening process (all its threads). */
        double rowsPerCpuSecond() {
            return cpuSeconds > 0 ? rows / cpuSeconds : 0;
        }
    }

    private EndToEnd endToEnd(BenchData d, List<Mixed> mix, PrintWriter log) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("tollgate-bench-speed");
        try {
            Path in = dir.resolve("queries.csv");
            try (BufferedWriter w = Files.newBufferedWriter(in, StandardCharsets.UTF_8)) {
                w.write("id,name,birth_date,country\n");
                for (int i = 0; i < rows; i++) {
                    Mixed m = mix.get(i % mix.size());
                    String country = m.country().isEmpty() || m.country().length() < 2 ? "" : m.country();
                    w.write("c" + i + "," + csv(m.name()) + "," + csv(m.birthDate()) + "," + csv(country) + "\n");
                }
            }
            String java = ProcessHandle.current().info().command().orElse("java");
            String cp = System.getProperty("java.class.path");
            List<String> cmd = new ArrayList<>(List.of(java, "-Xmx" + heap));
            if (cp.endsWith(".jar") && !cp.contains(File.pathSeparator)) {
                // started as 'java -jar tollgate.jar' (an executable jar with its own launcher): the same again
                cmd.addAll(List.of("-jar", cp));
            } else {
                cmd.addAll(List.of("-cp", cp, TollgateCommand.class.getName()));
            }
            cmd.addAll(List.of(
                    "screen",
                    "--list",
                    "ofac-csv=" + d.sdnSet(),
                    "--list",
                    "ofac-cons-csv=" + d.data().resolve("ofac_consolidated_nonsdn_csv_2025-12"),
                    "--list",
                    "un-xml=" + d.data().resolve("un_sc_consolidated_2026-02-27/UN_consolidated.xml"),
                    "--list",
                    "csl-csv=" + d.data().resolve("us_trade_csl_2022-05/consolidated.csv.gz"),
                    "--in",
                    in.toString(),
                    "--out",
                    dir.resolve("results.jsonl").toString(),
                    "--threads",
                    String.valueOf(threads)));
            log.printf(
                    Locale.ROOT,
                    "running tollgate screen over %,d rows in a new JVM (-Xmx%s, %d threads)%n",
                    rows,
                    heap,
                    threads);
            log.flush();
            Path err = dir.resolve("stderr.txt");
            double loadBefore = CpuTime.loadAverage();
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(cmd)
                    .redirectErrorStream(false)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(err.toFile())
                    .start();
            if (!p.waitFor(60, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IOException("tollgate screen did not finish within an hour");
            }
            long wall = (System.nanoTime() - t0) / 1_000_000;
            String stderr = Files.readString(err, StandardCharsets.UTF_8);
            Matcher m = SUMMARY.matcher(stderr);
            double secs = 0;
            long rps = 0;
            int screened = 0;
            double cpuSecs = 0;
            if (m.find()) {
                screened = Integer.parseInt(m.group(1).replace(",", ""));
                secs = Double.parseDouble(m.group(2));
                rps = Long.parseLong(m.group(3).replace(",", ""));
                cpuSecs = m.group(4) == null ? 0 : Double.parseDouble(m.group(4));
            } else {
                log.println("tollgate screen did not report a summary; its stderr:\n" + stderr);
            }
            log.printf(
                    Locale.ROOT,
                    "tollgate screen: exit %d, %,d rows, %.1f s screening (%,d rows/s, %.1f s of CPU), %,d ms wall time"
                            + " in all (load average %.1f)%n",
                    p.exitValue(),
                    screened,
                    secs,
                    rps,
                    cpuSecs,
                    wall,
                    CpuTime.loadAverage());
            String shown = "tollgate screen --list ofac-csv=<sdn set> --list ofac-cons-csv=... --list un-xml=..."
                    + " --list csl-csv=... --in queries.csv --out results.jsonl --threads " + threads;
            return new EndToEnd(
                    screened, wall, secs, rps, cpuSecs, loadBefore, CpuTime.loadAverage(), shown, p.exitValue());
        } finally {
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path f : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    private static String csv(String s) {
        return s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0
                ? s
                : '"' + s.replace("\"", "\"\"") + '"';
    }

    private static long pct(long[] sorted, double p) {
        int i = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private String markdown(
            ScreeningIndex index,
            long[] cold,
            long[] warm,
            long heapBytes,
            Latency lat,
            List<Mixed> mix,
            double baseQps,
            int baseN,
            EndToEnd e2e) {
        String command = "./tollgate "
                + String.join(" ", spec.commandLine().getParseResult().originalArgs());
        StringBuilder b = new StringBuilder("# Screening speed\n\n");
        b.append("Generated by `")
                .append(command.strip())
                .append("` on ")
                .append(LocalDate.now())
                .append(" (")
                .append(ScreeningEngine.VERSION)
                .append(", ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" processors, Java ")
                .append(System.getProperty("java.version"))
                .append(", max heap ")
                .append(Runtime.getRuntime().maxMemory() >> 20)
                .append(" MB).\n\n");
        b.append(String.format(
                Locale.ROOT,
                "Index: OFAC SDN (2024-05-03 with the 2025-12 aliases) + OFAC consolidated + UN + CSL, as in"
                        + " [accuracy.md](accuracy.md): **%,d entities, %,d names** (%,d terms, %,d postings).%n%n",
                index.partyCount(),
                index.nameCount(),
                index.stats().terms(),
                index.stats().postings()));
        b.append(String.format(
                Locale.ROOT,
                "The machine is shared: the load average was %.1f to %.1f while queries were timed (%.0f%% of a core"
                        + " went to the timing thread) and %.1f to %.1f during the end-to-end run. Wall-clock figures"
                        + " are what was measured under that load; CPU-time figures are what the work costs, and are"
                        + " what an otherwise idle machine would show as wall time.%n%n",
                lat.loadBefore(),
                lat.loadAfter(),
                lat.cpuShare() * 100,
                e2e.loadBefore(),
                e2e.loadAfter()));
        b.append("| measure | wall clock | CPU time | target | verdict (CPU time) |\n|---|---:|---:|---:|---|\n");
        row(
                b,
                "index build, first in the JVM",
                String.format(Locale.ROOT, "%,d ms", cold[0]),
                String.format(Locale.ROOT, "%,d ms (all threads, JIT and GC included)", cold[1]),
                "≤ 10 s",
                cold[1] <= 10_000);
        row(
                b,
                "index build, again (JIT warm)",
                String.format(Locale.ROOT, "%,d ms", warm[0]),
                String.format(Locale.ROOT, "%,d ms", warm[1]),
                "≤ 10 s",
                warm[1] <= 10_000);
        row(
                b,
                "heap held by the index",
                String.format(Locale.ROOT, "%,d MB", heapBytes >> 20),
                "",
                "≤ 1 GB",
                heapBytes <= 1L << 30);
        latencyRow(b, lat, "p50", 0.50, "≤ 1 ms", 1_000_000);
        latencyRow(b, lat, "p90", 0.90, "", 0);
        latencyRow(b, lat, "p99", 0.99, "≤ 10 ms", 10_000_000);
        row(
                b,
                "one query, max",
                String.format(Locale.ROOT, "%.2f ms", ms(lat.wall()[lat.wall().length - 1])),
                String.format(Locale.ROOT, "%.2f ms", ms(lat.cpu()[lat.cpu().length - 1])),
                "",
                true);
        row(
                b,
                "one thread, queries/s",
                String.format(Locale.ROOT, "%,.0f", lat.wallQps()),
                String.format(Locale.ROOT, "%,.0f", lat.cpuQps()),
                "",
                true);
        double idle = Math.min(2, threads) * e2e.rowsPerCpuSecond();
        row(
                b,
                "`tollgate screen` " + threads + " threads, rows/s while screening",
                String.format(Locale.ROOT, "%,d", e2e.rowsPerSecond()),
                String.format(
                        Locale.ROOT, "%,.0f per CPU-second; ≈ %,.0f on 2 idle cores", e2e.rowsPerCpuSecond(), idle),
                "≥ 2,000",
                idle >= 2000);
        double wallRps = e2e.rows() * 1000.0 / Math.max(1, e2e.wallMillis());
        row(
                b,
                "`tollgate screen`, rows/s over the whole run (JVM start, lists, index)",
                String.format(Locale.ROOT, "%,.0f", wallRps),
                "",
                "",
                true);
        row(
                b,
                "baseline (brute-force Jaro-Winkler + Soundex), queries/s, one thread",
                "",
                String.format(Locale.ROOT, "%,.1f", baseQps),
                "",
                true);
        b.append(String.format(
                Locale.ROOT,
                "%nPer CPU-second, the engine answers **%,.0f times** as many queries as the brute-force baseline.%n%n",
                lat.cpuQps() / Math.max(1e-9, baseQps)));
        b.append("## How it is measured\n\n");
        b.append(String.format(
                Locale.ROOT,
                "- **Index build**: `ScreeningEngine.index` over the %,d parsed entities (parsing not included),"
                        + " timed as the first build in the JVM and once more (wall clock, and the process's CPU time); heap = heap in use after"
                        + " three `System.gc()` calls with the index held, minus the same before it was built (the"
                        + " entities are held in both).%n",
                index.partyCount()));
        b.append(String.format(
                Locale.ROOT,
                "- **Latency**: one thread, default options (threshold %.2f, at most 10 hits with explanations);"
                        + " %,d warm-up queries, then %,d timed one by one, wall clock with `System.nanoTime` and the"
                        + " thread's CPU time with `ThreadMXBean`. The queries are a seeded mix of %,d: half"
                        + " innocents from `negatives_us.csv` and `negatives_global.csv`, half variations of listed"
                        + " names from the accuracy benchmark's generator (every kind, names only); %.1f%% of the"
                        + " timed queries alerted.%n",
                ScreeningOptions.DEFAULT_THRESHOLD,
                warmup,
                queries,
                mix.size(),
                lat.alerts() * 100.0 / queries));
        b.append(String.format(
                Locale.ROOT,
                "- **Baseline**: the accuracy benchmark's brute-force Jaro-Winkler with a Soundex filter over all"
                        + " name forms, %,d queries of the same mix, one thread, CPU time.%n",
                baseN));
        b.append(String.format(
                Locale.ROOT,
                "- **End to end**: a generated CSV of %,d rows (`id,name,birth_date,country`; the mix above, innocents"
                        + " with their birth dates and nationalities), screened by `%s` in a new JVM (-Xmx%s); exit"
                        + " code %d. Rows/s is what the command reports (rows over the time from the first row read"
                        + " to the last line written), and the CPU time it used meanwhile (all threads); \"on 2 idle"
                        + " cores\" = rows per CPU-second x %d threads, an estimate that assumes the threads scale."
                        + " The whole run took %,d ms including JVM start, reading the four lists and building the"
                        + " index.%n",
                rows,
                e2e.command(),
                heap,
                e2e.exit(),
                Math.min(2, threads),
                e2e.wallMillis()));
        return b.toString();
    }

    private static void latencyRow(StringBuilder b, Latency lat, String p, double q, String target, long limit) {
        long w = pct(lat.wall(), q);
        long c = pct(lat.cpu(), q);
        row(
                b,
                "one query, " + p,
                String.format(Locale.ROOT, "%.2f ms", ms(w)),
                String.format(Locale.ROOT, "%.2f ms", ms(c)),
                target,
                c <= limit);
    }

    private static void row(StringBuilder b, String what, String wall, String cpu, String target, boolean ok) {
        b.append("| ")
                .append(what)
                .append(" | ")
                .append(wall)
                .append(" | ")
                .append(cpu)
                .append(" | ")
                .append(target)
                .append(" | ")
                .append(target.isEmpty() ? "" : ok ? "PASS" : "**FAIL**")
                .append(" |\n");
    }
}
