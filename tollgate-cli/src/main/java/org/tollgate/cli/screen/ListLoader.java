package org.tollgate.cli.screen;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tollgate.lists.ListReader;
import org.tollgate.lists.ListSpec;
import org.tollgate.lists.model.Entity;
import org.tollgate.lists.parse.ListParseException;
import org.tollgate.lists.parse.ParseOptions;
import org.tollgate.lists.parse.ParsedList;

/**
 * Reads the lists named on a command line, leniently (a malformed row of an official list must not stop
 * screening against the rest of it), and says on stderr what was loaded.
 */
public final class ListLoader {
    private ListLoader() {}

    /**
     * Every entity of every list, in the order given.
     *
     * @param err where the one-line summary per list goes; null for none
     * @throws ListParseException when a list cannot be read at all
     */
    public static List<Entity> load(List<ListSpec> lists, PrintWriter err) throws ListParseException {
        // the same entity from two files (a list given twice) is indexed once
        java.util.Map<String, Entity> all = new java.util.LinkedHashMap<>();
        for (ListSpec l : lists) {
            long t0 = System.nanoTime();
            ParsedList parsed;
            try {
                parsed = ListReader.read(l, ParseOptions.lenient());
            } catch (ListParseException e) {
                throw new ListParseException(l + ": " + e.getMessage(), e);
            }
            for (Entity e : parsed.entities()) {
                all.putIfAbsent(e.id(), e);
            }
            if (err != null) {
                err.printf(
                        Locale.ROOT,
                        "tollgate: loaded %s: %,d entities from %s in %,d ms%s%n",
                        parsed.metadata().source(),
                        parsed.entities().size(),
                        l.path().getFileName(),
                        (System.nanoTime() - t0) / 1_000_000,
                        parsed.problemCount() == 0
                                ? ""
                                : String.format(
                                        Locale.ROOT,
                                        " (%,d parse problems skipped; see 'tollgate lists inspect')",
                                        parsed.problemCount()));
                err.flush();
            }
        }
        return new ArrayList<>(all.values());
    }
}
