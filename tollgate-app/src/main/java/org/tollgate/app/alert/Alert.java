package org.tollgate.app.alert;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A potential match of one screened subject of a customer with one list entity.
 *
 * @param id the alert's id
 * @param tenantId the customer's tenant
 * @param customerId the customer
 * @param subject which name of the customer matched ({@code customer}, {@code other_name:0},
 *     {@code beneficial_owner:1}, {@code control_person})
 * @param subjectName that name
 * @param entityId the list entity ({@code us_ofac_sdn:22790})
 * @param entityName its primary name
 * @param source its list
 * @param score the match score
 * @param screeningId the screening result that raised it (explanation, snapshots, engine version)
 * @param status where it stands
 * @param createdAt when it was raised
 * @param decidedBy the analyst of the last decision (the proposer of a true match awaiting confirmation)
 * @param decidedAt when
 * @param note the analyst's note
 * @param reason the reason of a false positive
 * @param confirmedBy the second analyst who confirmed a true match
 * @param confirmedAt when
 */
public record Alert(
        UUID id,
        UUID tenantId,
        UUID customerId,
        String subject,
        String subjectName,
        String entityId,
        String entityName,
        String source,
        double score,
        UUID screeningId,
        AlertStatus status,
        Instant createdAt,
        @Nullable String decidedBy,
        @Nullable Instant decidedAt,
        @Nullable String note,
        @Nullable String reason,
        @Nullable String confirmedBy,
        @Nullable Instant confirmedAt) {}
