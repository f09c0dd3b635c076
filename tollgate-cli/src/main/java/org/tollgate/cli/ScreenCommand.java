package org.tollgate.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tollgate.lists.ListReader;
import org.tollgate.lists.ListSpec;
import org.tollgate.lists.model.Entity;
import org.tollgate.lists.parse.ListParseException;
import org.tollgate.lists.parse.ParseOptions;
import org.tollgate.lists.parse.ParsedList;
import org.tollgate.screening.Hit;
import org.tollgate.screening.Screener;
import org.tollgate.screening.ScreeningEngine;
import org.tollgate.screening.ScreeningException;
import org.tollgate.screening.ScreeningOptions;
import org.tollgate.screening.ScreeningQuery;
import org.tollgate.screening.ScreeningResult;
import org.tollgate.screening.explain.Explanation;
import org.tollgate.screening.explain.Factor;
import org.tollgate.screening.explain.TokenAlignment;
import org.tollgate.screening.explain.UnmatchedToken;
import org.tollgate.screening.index.ScreeningIndex;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tollgate screen}: screen one name, or a CSV of parties, against lists. */
@Command(
        name = "screen",
        mixinStandardHelpOptions = true,
        description = {
            "Screen parties against restricted-party lists.",
            "One name: --name \"...\" [--type ...] [--birth-date ...] [--country ...]: prints the hits with explanations.",
            "A file: --in queries.csv --out results.jsonl: one JSON line per input row, in input order."
        })
final class ScreenCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--list",
            required = true,
            paramLabel = "FORMAT=PATH",
            description = "A list to screen against (repeatable).")
    List<String> lists = new ArrayList<>();

    @Option(
            names = "--in",
            paramLabel = "CSV",
            description = "Parties to screen: CSV with id,name[,type,birth_date,country,identifier].")
    Path in;

    @Option(
            names = "--out",
            paramLabel = "JSONL",
            description = "Where to write the results (default: standard output).")
    Path out;

    @Option(names = "--name", description = "Screen this one name.")
    String name;

    @Option(names = "--type", description = "person, organization, vessel or aircraft (with --name).")
    String type;

    @Option(names = "--birth-date", paramLabel = "DATE", description = "YYYY, YYYY-MM or YYYY-MM-DD (with --name).")
    String birthDate;

    @Option(names = "--country", description = "ISO alpha-2 code or English country name (with --name).")
    String country;

    @Option(names = "--identifier", description = "Passport, registration or IMO number (with --name).")
    String identifier;

    @Option(names = "--threshold", description = "Alert threshold (default: ${DEFAULT-VALUE}).", defaultValue = "0.80")
    double threshold;

    @Option(
            names = "--min-score",
            paramLabel = "S",
            description = "Report hits from this score up (default: the threshold).")
    Double minScore;

    @Option(
            names = "--limit",
            paramLabel = "K",
            description = "At most this many hits per row (default: ${DEFAULT-VALUE}).",
            defaultValue = "10")
    int limit;

    @Option(
            names = "--threads",
            paramLabel = "N",
            description = "Screening threads (default: the number of processors).")
    Integer threads;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if ((name == null) == (in == null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give either --name or --in");
        }
        if (!(threshold > 0 && threshold <= 1) || minScore != null && !(minScore >= 0 && minScore <= 1) || limit < 1) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--threshold must be in (0, 1], --min-score in [0, 1], --limit positive");
        }
        List<ListSpec> specs = new ArrayList<>();
        for (String l : lists) {
            try {
                specs.add(ListSpec.parse(l));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
        }
        // the same entity from two files (a list given twice) is indexed once
        java.util.Map<String, Entity> entities = new java.util.LinkedHashMap<>();
        for (ListSpec s : specs) {
            try {
                ParsedList parsed = ListReader.read(s, ParseOptions.lenient());
                for (Entity e : parsed.entities()) {
                    entities.putIfAbsent(e.id(), e);
                }
                err.printf(
                        Locale.ROOT,
                        "%s: %d entities, %d problems%n",
                        s,
                        parsed.entities().size(),
                        parsed.problemCount());
            } catch (ListParseException e) {
                err.println("tollgate screen: " + s + ": " + e.getMessage());
                return TollgateCommand.EXIT_INPUT;
            }
        }
        ScreeningIndex index = ScreeningEngine.index(entities.values());
        err.printf(
                Locale.ROOT,
                "index: %d parties, %d names, built in %d ms%n",
                index.stats().parties(),
                index.stats().names(),
                index.stats().buildMillis());
        Screener screener = new Screener(index);
        ScreeningOptions options = ScreeningOptions.defaults()
                .withThreshold(threshold)
                .withMinScore(minScore == null ? threshold : minScore)
                .withLimit(limit);
        if (name != null) {
            return one(screener, options);
        }
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        long total = countRows(in);
        try (InputStream input = Files.newInputStream(in);
                Writer w = out == null
                        ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
                        : Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            BatchScreening.Summary s =
                    new BatchScreening(screener, options, n, err, 5000).run(input, in.toString(), w, total);
            err.printf(Locale.ROOT, "%d rows, %d alerts, %d bad rows%n", s.rows(), s.alerts(), s.errors());
            return 0;
        } catch (BatchScreening.BadInputException e) {
            err.println("tollgate screen: " + e.getMessage());
            return TollgateCommand.EXIT_INPUT;
        } catch (IOException e) {
            err.println("tollgate screen: " + in + ": " + e.getMessage());
            return TollgateCommand.EXIT_INPUT;
        }
    }

    private static long countRows(Path file) {
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return Math.max(0, lines.count() - 1);
        } catch (IOException | java.io.UncheckedIOException e) {
            return -1;
        }
    }

    private int one(Screener screener, ScreeningOptions options) {
        PrintWriter outw = spec.commandLine().getOut();
        ScreeningQuery q;
        try {
            q = ScreeningQuery.parse(name, type, birthDate, country, identifier);
        } catch (ScreeningException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        ScreeningResult r = screener.screen(q, options);
        outw.print(table(r));
        outw.flush();
        return 0;
    }

    /** The result as a readable table with the explanations. */
    static String table(ScreeningResult r) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(
                Locale.ROOT,
                "query words: %s   threshold %.2f   %d hit(s)%n",
                String.join(" ", r.queryTokens()),
                r.threshold(),
                r.hits().size()));
        int i = 0;
        for (Hit h : r.hits()) {
            Explanation e = h.explanation();
            b.append(String.format(
                    Locale.ROOT,
                    "%n%2d. %.3f %s  %s  [%s %s, %s]%n",
                    ++i,
                    h.score(),
                    h.alert() ? "ALERT" : "     ",
                    h.name(),
                    h.source(),
                    h.sourceRef(),
                    h.type()));
            b.append("    matched name: ")
                    .append(h.matchedName())
                    .append(" (")
                    .append(e.nameStrength())
                    .append(")\n");
            b.append(String.format(
                    Locale.ROOT,
                    "    %-18s %-22s %-16s %6s %7s%n",
                    "query word",
                    "list word",
                    "method",
                    "sim",
                    "weight"));
            for (TokenAlignment a : e.alignments()) {
                b.append(String.format(
                        Locale.ROOT,
                        "    %-18s %-22s %-16s %6.2f %7.2f%n",
                        a.queryToken(),
                        a.listToken(),
                        a.method().code(),
                        a.similarity(),
                        a.weight()));
            }
            for (UnmatchedToken u : e.unmatchedQuery()) {
                b.append(String.format(
                        Locale.ROOT,
                        "    %-18s %-22s %-16s %6s %7.2f%n",
                        u.token(),
                        "-",
                        "unmatched " + u.kind(),
                        "",
                        u.weight()));
            }
            for (UnmatchedToken u : e.unmatchedList()) {
                b.append(String.format(
                        Locale.ROOT,
                        "    %-18s %-22s %-16s %6s %7.2f%n",
                        "-",
                        u.token(),
                        "unmatched " + u.kind(),
                        "",
                        u.weight()));
            }
            for (Factor f : e.factors()) {
                b.append(String.format(
                        Locale.ROOT, "    %s %s: %s (%+.2f)%n", f.kind(), f.effect(), f.detail(), f.adjustment()));
            }
            b.append("    score: ").append(e.composition()).append('\n');
        }
        return b.toString();
    }
}
