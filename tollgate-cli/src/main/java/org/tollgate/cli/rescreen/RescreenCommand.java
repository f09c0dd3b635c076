package org.tollgate.cli.rescreen;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tollgate.cli.ListSpecConverter;
import org.tollgate.cli.ListVersions;
import org.tollgate.cli.TollgateCommand;
import org.tollgate.cli.screen.QueryFile;
import org.tollgate.cli.screen.QueryFileException;
import org.tollgate.cli.screen.QueryRow;
import org.tollgate.cli.screen.ResultJson;
import org.tollgate.lists.ListSpec;
import org.tollgate.lists.diff.EntityChange;
import org.tollgate.lists.diff.SnapshotDiff;
import org.tollgate.lists.model.BirthDate;
import org.tollgate.lists.model.Entity;
import org.tollgate.lists.model.EntityType;
import org.tollgate.lists.model.Identifier;
import org.tollgate.lists.model.IdentifierType;
import org.tollgate.lists.parse.ListParseException;
import org.tollgate.lists.snapshot.ListSnapshot;
import org.tollgate.screening.Hit;
import org.tollgate.screening.Party;
import org.tollgate.screening.PartyName;
import org.tollgate.screening.Screener;
import org.tollgate.screening.ScreeningException;
import org.tollgate.screening.ScreeningOptions;
import org.tollgate.screening.ScreeningQuery;
import org.tollgate.screening.index.ScreeningIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tollgate rescreen}: screens a customer file against only what changed between two versions of a list.
 *
 * <p>The customers are indexed (reverse screening) and every added or changed list entity is screened against
 * that index, so the cost follows the size of the change, not of the customer base. Removed entities
 * (delistings) are screened too, and each customer they still match is reported with the action {@code close}
 * and the reason {@code delisted on <date>}, so the alerts they had can be closed with that reason.
 */
@Command(
        name = "rescreen",
        mixinStandardHelpOptions = true,
        description = "Screen a customer file (the CSV of `tollgate screen --in`: id, name, type, birth_date, country,"
                + " identifier) against only the entities added, changed or removed between two list versions."
                + " Writes one JSON line per potential match: change, action (review | close), reason, entity_id,"
                + " entity_name, customer_id, customer_name, matched_name, score, alert, explanation.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done (whether or not anything matched)", "2:bad usage", "3:an input could not be read"})
public final class RescreenCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--customers", required = true, paramLabel = "FILE", description = "Customer CSV.")
    Path customers;

    @Option(
            names = "--old",
            required = true,
            paramLabel = "FORMAT=PATH",
            converter = ListSpecConverter.class,
            description = "The list version the customers were last screened against.")
    ListSpec oldList;

    @Option(
            names = "--new",
            required = true,
            paramLabel = "FORMAT=PATH",
            converter = ListSpecConverter.class,
            description = "The new list version.")
    ListSpec newList;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output, JSON Lines.")
    Path out;

    @Option(
            names = "--min-score",
            paramLabel = "S",
            description = "Report matches scoring at least S (default: the alert threshold).")
    Double minScore;

    @Option(
            names = "--delisted-on",
            paramLabel = "DATE",
            description = "Date for the delisting reason (default: the new list's publication date, else today).")
    LocalDate delistedOn;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        long t0 = System.nanoTime();
        ListVersions versions;
        try {
            versions = ListVersions.read(oldList, newList, "");
        } catch (ListParseException e) {
            err.println("tollgate: " + e.getMessage());
            return TollgateCommand.EXIT_INPUT;
        }
        ListSnapshot after = versions.after();
        SnapshotDiff diff = versions.diff();
        List<Party> parties = new ArrayList<>();
        try (QueryFile in = QueryFile.open(customers)) {
            QueryRow row;
            while ((row = in.next()) != null) {
                try {
                    parties.add(customer(row));
                } catch (ScreeningException e) {
                    err.printf(
                            Locale.ROOT,
                            "tollgate: %s: row %d: %s%n",
                            customers.getFileName(),
                            row.row(),
                            e.getMessage());
                }
            }
        } catch (QueryFileException | IOException e) {
            err.println("tollgate: " + e.getMessage());
            return TollgateCommand.EXIT_INPUT;
        }
        Screener screener = new Screener(ScreeningIndex.build(parties));
        ScreeningOptions options = ScreeningOptions.defaults().withLimit(1000);
        if (minScore != null) {
            options = options.withMinScore(minScore);
        }
        String delisted = "delisted on "
                + (delistedOn != null
                        ? delistedOn
                        : after.publishedAt().orElse(LocalDate.now(java.time.ZoneOffset.UTC)));
        int matches = 0;
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            for (Entity e : diff.added()) {
                matches += write(w, screener, options, "added", e, "review", "listed");
            }
            for (EntityChange c : diff.changed()) {
                String reason = c.isMaterial() ? "changed in a material field" : "changed";
                matches += write(w, screener, options, "changed", c.after(), "review", reason);
            }
            for (Entity e : diff.removed()) {
                matches += write(w, screener, options, "removed", e, "close", delisted);
            }
        } catch (IOException e) {
            err.println("tollgate: cannot write " + out.getFileName() + ": " + e.getMessage());
            return TollgateCommand.EXIT_INPUT;
        }
        err.printf(
                Locale.ROOT,
                "rescreen: %,d customers; change %+d / -%d / ~%d entities; %,d matches in %.1f s%n",
                parties.size(),
                diff.added().size(),
                diff.removed().size(),
                diff.changed().size(),
                matches,
                (System.nanoTime() - t0) / 1e9);
        return 0;
    }

    private static int write(
            Writer w,
            Screener screener,
            ScreeningOptions options,
            String change,
            Entity e,
            String action,
            String reason)
            throws IOException {
        int n = 0;
        for (Hit h : screener.screen(Party.of(e), options).hits()) {
            w.write(ResultJson.rescreen(change, e.id(), e.primaryName().value(), h, action, reason));
            w.write('\n');
            n++;
        }
        return n;
    }

    /** A customer row as an indexed party. */
    static Party customer(QueryRow row) {
        ScreeningQuery q = row.query();
        List<BirthDate> dates = q.birthDate().map(BirthDate::of).stream().toList();
        List<String> countries = q.country().stream().toList();
        List<Identifier> ids = new ArrayList<>();
        for (String value : q.identifiers()) {
            ids.add(new Identifier(IdentifierType.OTHER, value, "", ""));
        }
        return Party.customer(
                row.id(),
                q.type().orElse(EntityType.OTHER),
                List.of(PartyName.strong(q.name())),
                dates,
                countries,
                ids);
    }
}
