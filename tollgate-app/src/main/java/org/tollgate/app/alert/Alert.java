package org.tollgate.app.alert;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Something about a customer for an analyst to decide. Of kind {@code screening}: a potential match of one screened
 * subject with one list entity. Of kind {@code geo}: a finding of the access log (an embargoed location, a repeated
 * country mismatch), with no list entity and no screening result; its facts are in {@code evidence}.
 *
 * @param id the alert's id
 * @param tenantId the customer's tenant
 * @param customerId the customer
 * @param subject which name of the customer matched ({@code customer}, {@code other_name:0},
 *     {@code beneficial_owner:1}, {@code control_person})
 * @param subjectName that name
 * @param entityId the list entity ({@code us_ofac_sdn:22790}); null for a geo alert
 * @param entityName its primary name; for a geo alert what was found ({@code embargoed location: Crimea region of
 *     Ukraine (UA-CRIMEA)})
 * @param source its list; {@code access_log} for a geo alert
 * @param score the match score; 0 for a geo alert (not a name match)
 * @param screeningId the screening result that raised it (explanation, snapshots, engine version); null for a geo
 *     alert
 * @param status where it stands
 * @param createdAt when it was raised
 * @param decidedBy the analyst of the last decision (the proposer of a true match awaiting confirmation)
 * @param decidedAt when
 * @param note the analyst's note
 * @param reason the reason of a false positive
 * @param confirmedBy the second analyst who confirmed a true match
 * @param confirmedAt when
 * @param kind {@code screening} or {@code geo}
 * @param evidence for a geo alert: the signal kind, IP, country, region, rule, event times and counts
 */
public record Alert(
        UUID id,
        UUID tenantId,
        UUID customerId,
        String subject,
        String subjectName,
        @Nullable String entityId,
        String entityName,
        String source,
        double score,
        @Nullable UUID screeningId,
        AlertStatus status,
        Instant createdAt,
        @Nullable String decidedBy,
        @Nullable Instant decidedAt,
        @Nullable String note,
        @Nullable String reason,
        @Nullable String confirmedBy,
        @Nullable Instant confirmedAt,
        String kind,
        @Nullable Map<String, Object> evidence) {

    /** The kind of a list-match alert. */
    public static final String SCREENING = "screening";
    /** The kind of an access-log alert. */
    public static final String GEO = "geo";

    /**
     * The order the repository lists a customer's alerts in: newest first, then by id as PostgreSQL orders uuids
     * (byte by byte, which is the order of their lower-case text).
     */
    public static final java.util.Comparator<Alert> NEWEST_FIRST =
            java.util.Comparator.comparing(Alert::createdAt).reversed().thenComparing(a -> a.id().toString());

    /** Whether this is an access-log alert. */
    public boolean geo() {
        return GEO.equals(kind);
    }
}
