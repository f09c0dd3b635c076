package org.tollgate.lists.parse;

import java.util.List;
import java.util.Objects;
import org.tollgate.lists.model.Entity;

/**
 * The result of reading one list: its entities, its metadata and every problem met on the way.
 *
 * @param metadata what the list says about itself
 * @param entities the entities, in file order, each id unique
 * @param problems the problems kept (see {@link #problemCount()} for the exact number)
 * @param problemCount how many problems were found
 */
public record ParsedList(ListMetadata metadata, List<Entity> entities, List<ParseProblem> problems, int problemCount) {
    public ParsedList {
        Objects.requireNonNull(metadata, "metadata");
        entities = List.copyOf(entities);
        problems = List.copyOf(problems);
    }

    public String source() {
        return metadata.source();
    }
}
