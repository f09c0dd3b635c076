package org.tollgate.cli.screen;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tollgate.cli.ListSpecConverter;
import org.tollgate.cli.TollgateCommand;
import org.tollgate.lists.ListSpec;
import org.tollgate.lists.model.Entity;
import org.tollgate.lists.parse.ListParseException;
import org.tollgate.screening.Screener;
import org.tollgate.screening.ScreeningEngine;
import org.tollgate.screening.ScreeningException;
import org.tollgate.screening.ScreeningOptions;
import org.tollgate.screening.ScreeningQuery;
import org.tollgate.screening.ScreeningResult;
import org.tollgate.screening.index.ScreeningIndex;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tollgate screen}: screens parties against lists, either a whole CSV file into JSON Lines (batch) or
 * one name printed as a table with the explanations.
 */
@Command(
        name = "screen",
        mixinStandardHelpOptions = true,
        description = {
            "Screen names against restricted-party lists.",
            "Batch: --in queries.csv --out results.jsonl. The CSV has a header row; id and name are required,"
                    + " type (person, organization, vessel, aircraft), birth_date (YYYY, YYYY-MM or YYYY-MM-DD),"
                    + " country (ISO alpha-2 or English name) and identifier are optional. One JSON line per row,"
                    + " in input order: {\"id\", \"threshold\", \"hits\": [...]}, or {\"id\", \"error\"} for a row"
                    + " that cannot be screened (also reported on stderr with its row and line).",
            "Single: --name \"...\" [--type ...] [--birth-date ...] [--country ...] prints a table of hits with"
                    + " their explanations."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every row was read (bad rows are reported and written as errors)",
            "2:bad usage",
            "3:a list or the query file could not be read (or reading stopped part-way)"
        })
public final class ScreenCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--list",
            required = true,
            paramLabel = "FORMAT=PATH",
            converter = ListSpecConverter.class,
            description = "A list to screen against (repeatable). FORMAT is one of: ${sys:tollgate.formats}.")
    List<ListSpec> lists;

    @Option(names = "--in", paramLabel = "CSV", description = "Batch mode: the query file.")
    Path in;

    @Option(
            names = "--out",
            paramLabel = "JSONL",
            description = "Batch mode: where the results go (default: standard output).")
    Path out;

    @Option(names = "--name", paramLabel = "NAME", description = "Single mode: the name to screen.")
    String name;

    @Option(names = "--type", paramLabel = "TYPE", description = "Single mode: person, organization, vessel, aircraft.")
    String type;

    @Option(names = "--birth-date", paramLabel = "DATE", description = "Single mode: YYYY, YYYY-MM or YYYY-MM-DD.")
    String birthDate;

    @Option(names = "--country", paramLabel = "COUNTRY", description = "Single mode: ISO alpha-2 or English name.")
    String country;

    @Option(
            names = "--identifier",
            paramLabel = "ID",
            description = "Single mode: passport, registration or IMO number.")
    String identifier;

    @Option(
            names = "--threshold",
            paramLabel = "T",
            description = "The alert threshold: hits scoring at least T are alerts (default: ${DEFAULT-VALUE}).")
    double threshold = ScreeningOptions.DEFAULT_THRESHOLD;

    @Option(
            names = "--min-score",
            paramLabel = "S",
            description = "Report hits scoring at least S (default: the alert threshold; lower it to see near misses).")
    Double minScore;

    @Option(names = "--limit", paramLabel = "K", description = "At most K hits per row (default: ${DEFAULT-VALUE}).")
    int limit = 10;

    @Option(
            names = "--threads",
            paramLabel = "N",
            description = "Batch mode: screening threads (default: the number of processors).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--json", description = "Single mode: print the result as one JSON line instead of a table.")
    boolean json;

    @Option(names = "--quiet", description = "Batch mode: no progress or summary on stderr (bad rows still are).")
    boolean quiet;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        boolean batch = in != null;
        boolean single = name != null;
        if (batch == single) {
            return usage("give either --in (batch) or --name (single query)");
        }
        if (batch && (type != null || birthDate != null || country != null || identifier != null || json)) {
            return usage("--type, --birth-date, --country, --identifier and --json are for a single --name query;"
                    + " in batch mode they are columns of the CSV");
        }
        if (single && out != null) {
            return usage("--out is for batch mode (--in)");
        }
        ScreeningOptions options;
        try {
            options = ScreeningOptions.defaults()
                    .withThreshold(threshold)
                    .withMinScore(minScore == null ? threshold : minScore)
                    .withLimit(limit);
        } catch (IllegalArgumentException e) {
            return usage(e.getMessage());
        }
        if (threads < 1) {
            return usage("--threads must be at least 1");
        }
        ScreeningQuery query = null;
        if (single) {
            try {
                query = ScreeningQuery.parse(name, type, birthDate, country, identifier);
            } catch (ScreeningException e) {
                return usage(e.getMessage());
            }
        }
        QueryFile file = null;
        if (batch) {
            // the query file first: a wrong header should not wait for the lists to load
            try {
                file = QueryFile.open(in);
            } catch (QueryFileException e) {
                err.println("tollgate: " + e.getMessage());
                return TollgateCommand.EXIT_INPUT;
            }
        }
        try (QueryFile f = file) {
            Screener screener;
            try {
                screener = screener(single ? null : err);
            } catch (ListParseException e) {
                err.println("tollgate: " + e.getMessage());
                return TollgateCommand.EXIT_INPUT;
            }
            return single ? single(screener, query, options) : batch(screener, f, options, err);
        } catch (IOException e) {
            err.println("tollgate: " + in + ": " + e.getMessage());
            return TollgateCommand.EXIT_INPUT;
        }
    }

    private Screener screener(PrintWriter err) throws ListParseException {
        List<Entity> entities = ListLoader.load(lists, quiet ? null : err);
        long t0 = System.nanoTime();
        ScreeningIndex index = ScreeningEngine.index(entities);
        if (err != null && !quiet) {
            err.printf(
                    Locale.ROOT,
                    "tollgate: indexed %,d parties, %,d names in %,d ms%n",
                    index.partyCount(),
                    index.nameCount(),
                    (System.nanoTime() - t0) / 1_000_000);
            err.flush();
        }
        return new Screener(index);
    }

    private int single(Screener screener, ScreeningQuery query, ScreeningOptions options) {
        PrintWriter o = spec.commandLine().getOut();
        ScreeningResult r = screener.screen(query, options);
        if (json) {
            o.println(ResultJson.result(name, r));
            o.flush();
        } else {
            ResultTable.print(o, name, r);
        }
        return 0;
    }

    private int batch(Screener screener, QueryFile file, ScreeningOptions options, PrintWriter err) {
        BatchScreening.Summary s;
        try (Writer w = writer()) {
            s = new BatchScreening(screener, options, threads, quiet ? 0 : 2000).run(file, w, err);
        } catch (IOException e) {
            err.println("tollgate: " + (out == null ? "standard output" : out) + ": " + e.getMessage());
            return TollgateCommand.EXIT_INPUT;
        }
        if (!quiet) {
            err.printf(
                    Locale.ROOT,
                    "tollgate: screened %,d rows in %.1f s (%,.0f rows/s%s): %,d with alerts, %,d hits, %,d bad rows%n",
                    s.rows(),
                    s.nanos() / 1e9,
                    s.rowsPerSecond(),
                    s.cpuNanos() < 0 ? "" : String.format(Locale.ROOT, ", %.1f s of CPU time", s.cpuNanos() / 1e9),
                    s.alertRows(),
                    s.hits(),
                    s.badRows());
        }
        if (!s.readError().isEmpty()) {
            err.println("tollgate: " + in + ": " + s.readError());
            err.flush();
            return TollgateCommand.EXIT_INPUT;
        }
        err.flush();
        return 0;
    }

    private Writer writer() throws IOException {
        if (out == null) {
            // the command line's own writer: standard output, or what a caller (a test) set
            PrintWriter o = spec.commandLine().getOut();
            return new Writer() {
                @Override
                public void write(char[] cbuf, int off, int len) {
                    o.write(cbuf, off, len);
                }

                @Override
                public void flush() {
                    o.flush();
                }

                @Override
                public void close() {
                    o.flush();
                }
            };
        }
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8), 1 << 16);
    }

    private int usage(String message) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("tollgate: " + message);
        err.println("Try 'tollgate screen --help' for more information.");
        return TollgateCommand.EXIT_USAGE;
    }
}
