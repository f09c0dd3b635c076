package org.tollgate.screening;

import org.tollgate.screening.explain.Explanation;

/**
 * One indexed party that may be the screened party.
 *
 * @param entityId the party's id ({@code us_ofac_sdn:12345})
 * @param source the source id
 * @param sourceRef the source's own id
 * @param name the party's primary name
 * @param matchedName the name that matched best
 * @param type the party's type code ({@code person}, {@code organization}, ...)
 * @param score the final score, 0..1
 * @param alert whether the score reaches the alert threshold
 * @param explanation why it matched
 */
public record Hit(
        String entityId,
        String source,
        String sourceRef,
        String name,
        String matchedName,
        String type,
        double score,
        boolean alert,
        Explanation explanation) {}
