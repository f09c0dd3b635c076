package org.tollgate.lists.model;

import java.util.Objects;

/**
 * A stated relation from one entity to another.
 *
 * @param kind owned by, owns, or linked to
 * @param target the stable id of the other entity where the list names it, otherwise its name
 * @param description the list's own words for the relation, or empty
 */
public record Link(LinkKind kind, String target, String description) {
    public Link {
        Objects.requireNonNull(kind, "kind");
        target = Text.clean(target);
        description = Text.clean(description);
        if (target.isEmpty()) {
            throw new IllegalArgumentException("a link needs a target");
        }
    }
}
