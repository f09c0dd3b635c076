package org.tollgate.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tollgate.lists.ListReader;
import org.tollgate.lists.ListSpec;
import org.tollgate.lists.model.EntityType;
import org.tollgate.lists.model.NameKind;
import org.tollgate.lists.parse.ListParseException;
import org.tollgate.lists.parse.ParseOptions;
import org.tollgate.lists.parse.ParseProblem;
import org.tollgate.lists.parse.ParsedList;
import org.tollgate.lists.snapshot.ListSnapshot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tollgate lists inspect}: parse lists and report what is in them. */
@Command(
        name = "inspect",
        mixinStandardHelpOptions = true,
        description =
                "Parse one or more lists and report, per list, entities by type, names by kind, identifiers, addresses, parse problems and the content hash (SHA-256 over the canonical form).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every list was read",
            "1:a list was read but has parse problems and --fail-on-problems was given",
            "2:bad usage",
            "3:a list could not be read at all (or a problem in --strict mode)"
        })
final class ListsInspectCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--list",
            required = true,
            paramLabel = "FORMAT=PATH",
            converter = ListSpecConverter.class,
            description = "A list to read (repeatable). FORMAT is one of: ${sys:tollgate.formats}. PATH is a file,"
                    + " or a directory for the OFAC CSV sets.")
    List<ListSpec> lists;

    @Option(names = "--json", description = "One JSON object per list, one per line.")
    boolean json;

    @Option(names = "--strict", description = "Stop at the first problem instead of collecting them all.")
    boolean strict;

    @Option(
            names = "--source",
            paramLabel = "ID",
            description = "Source id to stamp on the entities instead of the format's default"
                    + " (e.g. us_ofac_cons for a consolidated OFAC XML, custom_<name> for a custom list).")
    String source = "";

    @Option(
            names = "--problems",
            paramLabel = "N",
            description = "Print up to N parse problems per list on stderr (default: ${DEFAULT-VALUE}).")
    int showProblems = 10;

    @Option(names = "--fail-on-problems", description = "Exit with 1 when any list has parse problems.")
    boolean failOnProblems;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ParseOptions opts = (strict ? ParseOptions.strictMode() : ParseOptions.lenient()).withSource(source);
        boolean problems = false;
        for (ListSpec l : lists) {
            long t0 = System.nanoTime();
            ParsedList parsed;
            try {
                parsed = ListReader.read(l, opts);
            } catch (ListParseException e) {
                err.println("tollgate: " + l.format().code() + "=" + l.path().getFileName() + ": " + e.getMessage());
                return TollgateCommand.EXIT_INPUT;
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            ListSnapshot snap = ListSnapshot.of(
                    parsed, Instant.now(), l.path().getFileName().toString());
            ListStats s = ListStats.of(parsed, snap, ms);
            problems |= s.problems() > 0;
            if (json) {
                out.println(s.toJson().toString());
            } else {
                printTable(out, s);
            }
            List<ParseProblem> shown =
                    parsed.problems().stream().limit(showProblems).toList();
            for (ParseProblem p : shown) {
                err.println("  problem: " + p);
            }
            if (parsed.problemCount() > shown.size()) {
                err.println("  ... and " + (parsed.problemCount() - shown.size()) + " more problems");
            }
        }
        out.flush();
        return failOnProblems && problems ? TollgateCommand.EXIT_FAILURE : 0;
    }

    private static void printTable(PrintWriter out, ListStats s) {
        out.printf(Locale.ROOT, "%s (%s, %s)%n", s.source(), s.format(), s.origin());
        if (!s.publishedAt().isEmpty()) {
            out.printf(Locale.ROOT, "  published          %s%n", s.publishedAt());
        }
        out.printf(Locale.ROOT, "  entities           %,d%n", s.entities());
        for (EntityType t : EntityType.values()) {
            out.printf(Locale.ROOT, "    %-16s %,d%n", t.code(), s.byType().get(t));
        }
        out.printf(Locale.ROOT, "  names              %,d%n", s.names());
        for (NameKind k : NameKind.values()) {
            out.printf(
                    Locale.ROOT,
                    "    %-16s %,d%n",
                    k.name().toLowerCase(Locale.ROOT),
                    s.namesByKind().get(k));
        }
        out.printf(Locale.ROOT, "  identifiers        %,d%n", s.identifiers());
        out.printf(Locale.ROOT, "  addresses          %,d%n", s.addresses());
        out.printf(Locale.ROOT, "  birth dates        %,d%n", s.birthDates());
        out.printf(Locale.ROOT, "  problems           %,d%n", s.problems());
        out.printf(Locale.ROOT, "  sha256             %s%n", s.sha256());
        out.printf(Locale.ROOT, "  parsed in          %,d ms%n", s.parseMillis());
    }
}
