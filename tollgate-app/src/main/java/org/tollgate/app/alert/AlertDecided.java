package org.tollgate.app.alert;

import java.util.UUID;
import org.tollgate.app.tenant.TenantScope;

/**
 * Published (synchronously, in the decision's transaction) after an alert changed state, so the customer's
 * decision is assessed again.
 *
 * @param scope the deciding caller's scope
 * @param customerId the customer
 * @param actor the deciding caller
 */
public record AlertDecided(TenantScope scope, UUID customerId, String actor) {}
