package org.tollgate.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tollgate.lists.ListSpec;
import org.tollgate.lists.fetch.FetchPolicy;
import org.tollgate.lists.fetch.ListFetcher;
import org.tollgate.lists.fetch.ListUpdater;
import org.tollgate.lists.fetch.OfficialSources;
import org.tollgate.lists.fetch.SourceDefinition;
import org.tollgate.lists.fetch.UpdateOutcome;
import org.tollgate.lists.fetch.UpdateResult;
import org.tollgate.lists.snapshot.SnapshotStore;
import org.tollgate.lists.snapshot.ValidationPolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tollgate lists update}: fetch or import new list versions into the snapshot store. */
@Command(
        name = "update",
        mixinStandardHelpOptions = true,
        description =
                "Bring sources up to date in the snapshot store: download from the official URLs (conditional GET, retries, size limit) or import local files, validate each new snapshot against the last accepted one, and keep it only if it passes. A failed or rejected update leaves the last good snapshot in force.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every source was accepted or unchanged",
            "1:a source failed or was rejected (the last good snapshot stays in force)",
            "2:bad usage"
        })
final class ListsUpdateCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--store",
            paramLabel = "DIR",
            description = "Snapshot store (default: $TOLLGATE_HOME/snapshots," + " else ~/.tollgate/snapshots).")
    Path store;

    @Option(
            names = "--source",
            paramLabel = "ID",
            description = "Fetch only these sources from their URLs (repeatable; default: all built-in sources when"
                    + " no --from is given).")
    List<String> sources = new ArrayList<>();

    @Option(
            names = "--url",
            paramLabel = "ID=URL",
            description = "Override a source's URL (for a CSV set: the base URL of its files).")
    Map<String, String> urls = new LinkedHashMap<>();

    @Option(
            names = "--from",
            paramLabel = "FORMAT=PATH",
            converter = ListSpecConverter.class,
            description = "Import a local file or CSV-set directory instead of downloading (repeatable).")
    List<ListSpec> local = new ArrayList<>();

    @Option(names = "--as", paramLabel = "ID", description = "Source id for --from imports (default: the format's).")
    String as = "";

    @Option(names = "--keep", description = "Versions to keep per source (default: ${DEFAULT-VALUE}).")
    int keep = 10;

    @Option(
            names = "--max-drop",
            description = "Reject a new snapshot that lost more than this share of entities (default:"
                    + " ${DEFAULT-VALUE}).")
    double maxDrop = 0.10;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        SnapshotStore s = new SnapshotStore(store == null ? TollgateHome.snapshots() : store, keep);
        ValidationPolicy policy =
                new ValidationPolicy(maxDrop, ValidationPolicy.defaults().maxProblemShare());
        ListUpdater updater = new ListUpdater(s, new ListFetcher(FetchPolicy.defaults()), policy, Clock.systemUTC());
        List<UpdateResult> results = new ArrayList<>();
        for (ListSpec l : local) {
            results.add(updater.importLocal(l, as));
        }
        List<String> wanted = sources;
        if (wanted.isEmpty() && local.isEmpty()) {
            wanted =
                    OfficialSources.all().stream().map(SourceDefinition::source).toList();
        }
        for (String id : wanted) {
            SourceDefinition def = OfficialSources.of(id).orElse(null);
            if (def == null) {
                spec.commandLine()
                        .getErr()
                        .println("tollgate: unknown source '" + id + "'; known: "
                                + OfficialSources.all().stream()
                                        .map(SourceDefinition::source)
                                        .toList());
                return TollgateCommand.EXIT_USAGE;
            }
            if (urls.containsKey(id)) {
                def = def.withUrl(urls.get(id));
            }
            results.add(updater.update(def));
        }
        boolean bad = false;
        for (UpdateResult r : results) {
            bad |= r.outcome() == UpdateOutcome.FAILED || r.outcome() == UpdateOutcome.REJECTED;
            out.printf(
                    Locale.ROOT,
                    "%-14s %-9s %s%s%n",
                    r.source(),
                    r.outcome().name().toLowerCase(Locale.ROOT),
                    r.inForce()
                            .map(x -> x.shortHash() + " (" + x.entities().size() + " entities)")
                            .orElse("-"),
                    r.diff()
                            .map(d -> String.format(
                                    Locale.ROOT,
                                    "  +%d -%d ~%d",
                                    d.added().size(),
                                    d.removed().size(),
                                    d.changed().size()))
                            .orElse(""));
            r.reasons().forEach(why -> out.println("               " + why));
        }
        out.flush();
        return bad ? TollgateCommand.EXIT_FAILURE : 0;
    }
}
