package org.tollgate.app.screening;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The stored screening of one subject.
 *
 * @param id the screening result's id
 * @param subject what was screened
 * @param hits the hits (at or above the threshold), best first
 * @param suppressed entity ids of alerting hits the allow-list cleared
 */
public record SubjectScreening(UUID id, ScreeningSubject subject, List<HitView> hits, Set<String> suppressed) {
    public SubjectScreening {
        hits = List.copyOf(hits);
        suppressed = Set.copyOf(suppressed);
    }

    /** The alerting hits the allow-list did not clear. */
    public List<HitView> alerts() {
        return hits.stream()
                .filter(h -> h.alert() && !suppressed.contains(h.entityId()))
                .toList();
    }
}
