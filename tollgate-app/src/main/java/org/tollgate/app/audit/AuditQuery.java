package org.tollgate.app.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Filters for reading the audit log; a null field does not filter.
 *
 * @param subjectType kind of subject
 * @param subjectId id of the subject
 * @param action the action
 * @param from records at or after this time
 * @param to records before this time
 * @param beforeSeq records with a smaller sequence number (to page backwards)
 * @param limit at most this many records
 */
public record AuditQuery(
        @Nullable String subjectType,
        @Nullable String subjectId,
        @Nullable String action,
        @Nullable Instant from,
        @Nullable Instant to,
        @Nullable Long beforeSeq,
        int limit) {}
