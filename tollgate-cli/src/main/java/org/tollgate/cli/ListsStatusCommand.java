package org.tollgate.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tollgate.lists.fetch.OfficialSources;
import org.tollgate.lists.fetch.SourceDefinition;
import org.tollgate.lists.parse.ListParseException;
import org.tollgate.lists.snapshot.SnapshotInfo;
import org.tollgate.lists.snapshot.SnapshotStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tollgate lists status}: the built-in sources and what the snapshot store holds. */
@Command(
        name = "status",
        mixinStandardHelpOptions = true,
        description = "Show the built-in sources with their official URLs and the snapshots stored for each.")
final class ListsStatusCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--store", paramLabel = "DIR", description = "Snapshot store (default: ~/.tollgate/snapshots).")
    Path store;

    @Override
    public Integer call() throws ListParseException {
        PrintWriter out = spec.commandLine().getOut();
        SnapshotStore s = new SnapshotStore(store == null ? TollgateHome.snapshots() : store, 10);
        for (SourceDefinition d : OfficialSources.all()) {
            out.printf(Locale.ROOT, "%s (%s)%n", d.source(), d.format().code());
            d.files().values().forEach(u -> out.println("  url      " + u));
            for (SnapshotInfo i : s.history(d.source())) {
                out.printf(
                        Locale.ROOT,
                        "  stored   %s  fetched %s  published %s  %,d entities  %d problems%n",
                        i.sha256().substring(0, 12),
                        i.fetchedAt(),
                        i.publishedAt().map(Object::toString).orElse("-"),
                        i.entityCount(),
                        i.problemCount());
            }
        }
        for (String other : s.sources()) {
            if (OfficialSources.of(other).isEmpty()) {
                out.println(other + " (imported)");
                for (SnapshotInfo i : s.history(other)) {
                    out.printf(
                            Locale.ROOT,
                            "  stored   %s  fetched %s  %,d entities%n",
                            i.sha256().substring(0, 12),
                            i.fetchedAt(),
                            i.entityCount());
                }
            }
        }
        out.flush();
        return 0;
    }
}
