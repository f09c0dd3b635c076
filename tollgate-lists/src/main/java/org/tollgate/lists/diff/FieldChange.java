package org.tollgate.lists.diff;

import java.util.List;

/**
 * How one field of an entity changed between two snapshots.
 *
 * @param field the field's JSON name ({@code names}, {@code birth_dates}, {@code identifiers}, ...)
 * @param added values present only in the new version (as display text)
 * @param removed values present only in the old version
 */
public record FieldChange(String field, List<String> added, List<String> removed) {
    public FieldChange {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
    }

    /**
     * Whether a change of this field matters to screening and to allow-list decisions: names, birth dates,
     * identifiers and the entity type. A new remark or program does not make a cleared match unsafe.
     */
    public boolean isMaterial() {
        return MATERIAL.contains(field);
    }

    private static final java.util.Set<String> MATERIAL =
            java.util.Set.of("names", "birth_dates", "identifiers", "type");
}
