package org.tollgate.app.rescreen;

import java.util.Map;
import java.util.UUID;

/**
 * Published (synchronously, in the transaction that completes a run) so that webhooks announce the result.
 *
 * @param run the run, whole-run counts
 * @param byTenant each tenant's share of the counts (screened, new_alerts, closed_alerts, reopened_allow_list)
 */
public record RescreenCompleted(RescreenRun run, Map<UUID, Map<String, Integer>> byTenant) {}
