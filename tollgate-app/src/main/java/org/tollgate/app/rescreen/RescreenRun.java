package org.tollgate.app.rescreen;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One re-screening run as the API shows it. For a reseller the counts are its own customers' ({@code scope} is
 * {@code tenant}) and the errors are left out (they name other tenants' customers); the provider sees the whole run.
 *
 * @param id the run id
 * @param kind {@code delta} (after a list update) or {@code full}
 * @param trigger {@code list_update}, {@code schedule}, {@code engine_changed}, {@code threshold_changed}, {@code
 *     policy_changed} or {@code manual}
 * @param status pending, running, completed or failed
 * @param scope {@code run} (whole-run counts) or {@code tenant} (the caller's share)
 * @param source delta: the list source
 * @param beforeHash delta: the snapshot hash before the update
 * @param afterHash delta: the snapshot hash after
 * @param snapshotsBefore every source's snapshot hash when the run was created
 * @param snapshotsAfter ... and when it finished
 * @param engineVersion the screening engine version
 * @param threshold the alert threshold
 * @param policyVersion the risk policy version
 * @param added delta: entities added
 * @param changed delta: entities changed
 * @param removed delta: entities removed
 * @param total full: customers when the run started
 * @param screened customers screened
 * @param newAlerts alerts opened
 * @param closedAlerts alerts closed (delistings)
 * @param reopenedAllowList allow-list entries re-opened
 * @param errorCount customers that could not be screened
 * @param errors the first errors
 * @param requestedBy who or what asked for the run
 * @param createdAt when it was created
 * @param startedAt when work began
 * @param finishedAt when it finished
 * @param durationMs from start to finish
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RescreenRun(
        long id,
        String kind,
        String trigger,
        String status,
        String scope,
        @Nullable String source,
        @Nullable String beforeHash,
        @Nullable String afterHash,
        Map<String, String> snapshotsBefore,
        @Nullable Map<String, String> snapshotsAfter,
        String engineVersion,
        double threshold,
        String policyVersion,
        @Nullable Integer added,
        @Nullable Integer changed,
        @Nullable Integer removed,
        @Nullable Integer total,
        int screened,
        int newAlerts,
        int closedAlerts,
        int reopenedAllowList,
        int errorCount,
        @Nullable List<String> errors,
        String requestedBy,
        Instant createdAt,
        @Nullable Instant startedAt,
        @Nullable Instant finishedAt,
        @Nullable Long durationMs) {}
