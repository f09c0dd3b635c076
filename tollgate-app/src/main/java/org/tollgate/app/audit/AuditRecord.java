package org.tollgate.app.audit;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One record of the audit log as stored.
 *
 * @param seq position in the chain, from 1, without gaps
 * @param at when it was appended (microsecond precision)
 * @param tenantId tenant of the subject, if any
 * @param actor who did it
 * @param action what happened
 * @param subjectType kind of thing acted on
 * @param subjectId id of the thing acted on
 * @param details further facts
 * @param prevHash hash of record {@code seq - 1} (64 zeros for the first)
 * @param hash SHA-256 (hex) of this record's canonical form, see {@link AuditChain}
 */
public record AuditRecord(
        long seq,
        Instant at,
        @Nullable UUID tenantId,
        String actor,
        String action,
        String subjectType,
        String subjectId,
        Map<String, Object> details,
        String prevHash,
        String hash) {}
