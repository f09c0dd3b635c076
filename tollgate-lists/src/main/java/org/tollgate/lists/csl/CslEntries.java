package org.tollgate.lists.csl;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tollgate.lists.model.Entity;
import org.tollgate.lists.parse.ListParseException;
import org.tollgate.lists.parse.Problems;

/** Collects the records of one CSL file into entities, one per list and id, in file order. */
final class CslEntries {
    private final String source;
    private final String file;
    private final Map<String, CslEntry> entries = new LinkedHashMap<>();
    /** A file names a dozen lists thousands of times each: look each name up once. */
    private final Map<String, String> subLists = new HashMap<>();

    CslEntries(String source, String file) {
        this.source = source;
        this.file = file;
    }

    /**
     * Adds a record, or reports why it cannot be used.
     *
     * @param where the record's location for problem reports
     */
    void add(CslRecord r, String where, Problems problems) throws ListParseException {
        if (r.id().isBlank()) {
            problems.report(file, where, "no id; record skipped");
            return;
        }
        if (r.name().isBlank()) {
            problems.report(file, where, "no name; record skipped");
            return;
        }
        if (r.source().isBlank()) {
            problems.report(file, where, "no source list; record skipped");
            return;
        }
        String subList = subLists.computeIfAbsent(r.source(), CslSubList::code);
        entries.computeIfAbsent(CslEntry.sourceRef(subList, r.id()), ref -> new CslEntry(source, subList, r.id(), file))
                .add(r, where, problems);
    }

    List<Entity> entities() {
        List<Entity> out = new ArrayList<>(entries.size());
        for (CslEntry e : entries.values()) {
            out.add(e.build());
        }
        return out;
    }
}
