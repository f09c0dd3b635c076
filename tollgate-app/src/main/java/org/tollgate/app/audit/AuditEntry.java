package org.tollgate.app.audit;

import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What to append to the audit log; {@link AuditLog#append} adds the sequence number, time and hashes.
 *
 * @param tenantId the tenant the subject belongs to (null for events outside any tenant, e.g. a failed login for an
 *     unknown user)
 * @param actor who did it: {@code user:<name>}, {@code api-key:<prefix>}, {@code system:<job>}
 * @param action what happened, {@code <subject>.<verb>} in lower case: {@code tenant.created}, {@code api_key.used}
 * @param subjectType the kind of thing acted on: {@code tenant}, {@code api_key}, {@code user}, {@code customer}
 * @param subjectId the id of the thing acted on
 * @param details further facts as a flat or nested JSON object (stored canonically: keys sorted, no spaces)
 */
public record AuditEntry(
        @Nullable UUID tenantId,
        String actor,
        String action,
        String subjectType,
        String subjectId,
        Map<String, ?> details) {
    public AuditEntry {
        details = Map.copyOf(details);
    }
}
