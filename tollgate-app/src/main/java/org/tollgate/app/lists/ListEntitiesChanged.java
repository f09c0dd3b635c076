package org.tollgate.app.lists;

import java.util.Set;

/**
 * Published (synchronously, inside the refresh's transaction) when a refresh accepted a new snapshot in which list
 * entities changed materially (names, birth dates, identifiers) or were removed; the allow-list re-opens the
 * entries that cleared them.
 *
 * @param source the source id
 * @param newHash the accepted snapshot's hash
 * @param entityIds the entities that changed materially
 */
public record ListEntitiesChanged(String source, String newHash, Set<String> entityIds) {
    public ListEntitiesChanged {
        entityIds = Set.copyOf(entityIds);
    }
}
