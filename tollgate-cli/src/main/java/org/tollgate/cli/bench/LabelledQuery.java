package org.tollgate.cli.bench;

import java.util.Set;

/**
 * One query of the accuracy benchmark with its label.
 *
 * @param kind what kind of variation (or innocent set) it belongs to
 * @param text the name to screen
 * @param expected the ids of the list entities it should alert on; empty for an innocent
 * @param source the listed name it was made from (the query itself for corpus files)
 * @param sourceId the entity it was made from, empty for innocents
 */
public record LabelledQuery(Kind kind, String text, Set<String> expected, String source, String sourceId) {
    public LabelledQuery {
        expected = Set.copyOf(expected);
    }
}
