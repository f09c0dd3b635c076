package org.tollgate.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tollgate.lists.ListReader;
import org.tollgate.lists.ListSpec;
import org.tollgate.lists.parse.ListParseException;
import org.tollgate.lists.parse.ParseOptions;
import org.tollgate.lists.parse.ParsedList;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tollgate lists bench}: measures parse time and peak heap per list. */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Benchmark the parsers: after warm-up runs, parse each list N times and print the minimum,"
                + " median and maximum wall time, entities per second, and the peak heap in use. Run with"
                + " TOLLGATE_JAVA_OPTS=-Xmx512m to prove a list parses within 512 MB of heap.")
final class ListsBenchCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--list",
            required = true,
            paramLabel = "FORMAT=PATH",
            converter = ListSpecConverter.class,
            description = "A list to parse (repeatable).")
    List<ListSpec> lists;

    @Option(names = "--warmup", description = "Warm-up runs per list (default: ${DEFAULT-VALUE}).")
    int warmup = 3;

    @Option(names = "--runs", description = "Measured runs per list (default: ${DEFAULT-VALUE}).")
    int runs = 5;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.printf(
                Locale.ROOT,
                "%-14s %-14s %9s %9s %9s %9s %12s %10s%n",
                "format",
                "file",
                "entities",
                "min ms",
                "median ms",
                "max ms",
                "entities/s",
                "peak MB");
        for (ListSpec l : lists) {
            try {
                int entities = 0;
                for (int i = 0; i < warmup; i++) {
                    entities = ListReader.read(l, ParseOptions.lenient())
                            .entities()
                            .size();
                }
                resetPeaks();
                long[] ms = new long[runs];
                for (int i = 0; i < runs; i++) {
                    long t0 = System.nanoTime();
                    ParsedList p = ListReader.read(l, ParseOptions.lenient());
                    ms[i] = (System.nanoTime() - t0) / 1_000_000;
                    entities = p.entities().size();
                }
                Arrays.sort(ms);
                long median = ms[runs / 2];
                out.printf(
                        Locale.ROOT,
                        "%-14s %-14s %9d %9d %9d %9d %12.0f %10d%n",
                        l.format().code(),
                        trim(l.path().getFileName().toString()),
                        entities,
                        ms[0],
                        median,
                        ms[runs - 1],
                        entities * 1000.0 / Math.max(1, median),
                        peakHeapMb());
                out.flush();
            } catch (ListParseException e) {
                spec.commandLine().getErr().println("tollgate: " + e.getMessage());
                return TollgateCommand.EXIT_INPUT;
            }
        }
        return 0;
    }

    private static String trim(String s) {
        return s.length() <= 14 ? s : s.substring(0, 13) + "~";
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                p.resetPeakUsage();
            }
        }
    }

    private static long peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum / (1024 * 1024);
    }
}
