package org.tollgate.lists.diff;

import java.util.List;
import org.tollgate.lists.model.Entity;

/**
 * One entity present in both snapshots with different content.
 *
 * @param before the old version
 * @param after the new version
 * @param fields exactly which fields changed, and how
 */
public record EntityChange(Entity before, Entity after, List<FieldChange> fields) {
    public EntityChange {
        fields = List.copyOf(fields);
    }

    public String id() {
        return after.id();
    }

    /** Whether any changed field is material (names, birth dates, identifiers, type). */
    public boolean isMaterial() {
        return fields.stream().anyMatch(FieldChange::isMaterial);
    }
}
