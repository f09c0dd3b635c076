package org.tollgate.cli;

import java.time.Instant;
import org.tollgate.lists.ListReader;
import org.tollgate.lists.ListSpec;
import org.tollgate.lists.diff.SnapshotDiff;
import org.tollgate.lists.parse.ListParseException;
import org.tollgate.lists.parse.ParseOptions;
import org.tollgate.lists.snapshot.ListSnapshot;

/**
 * Two versions of a list read from the command line and what changed between them, shared by {@code lists diff}
 * and {@code rescreen}.
 *
 * @param before the older version
 * @param after the newer version
 * @param diff added, removed and changed entities
 */
public record ListVersions(ListSnapshot before, ListSnapshot after, SnapshotDiff diff) {

    /**
     * Reads both versions leniently and compares them.
     *
     * @param source a source id to stamp on both, or empty for each format's own
     * @throws ListParseException when either version cannot be read
     */
    public static ListVersions read(ListSpec oldList, ListSpec newList, String source) throws ListParseException {
        ParseOptions opts = ParseOptions.lenient().withSource(source);
        ListSnapshot before = ListSnapshot.of(ListReader.read(oldList, opts), Instant.now(), name(oldList));
        ListSnapshot after = ListSnapshot.of(ListReader.read(newList, opts), Instant.now(), name(newList));
        return new ListVersions(before, after, SnapshotDiff.between(before, after));
    }

    private static String name(ListSpec l) {
        return l.path().getFileName().toString();
    }
}
