package org.tollgate.app.risk;

import java.util.List;
import java.util.UUID;
import org.tollgate.app.alert.Alert;
import org.tollgate.app.customer.CustomerData;
import org.tollgate.app.customer.Derived;
import org.tollgate.app.tenant.TenantScope;

/**
 * What one risk assessment looks at: a customer version, the customer's alerts as they stand in the assessment's
 * transaction (screening and geo, newest first), and whether the customer was created in this transaction.
 *
 * <p>The alerts travel with the subject so an onboarding reads them once (or not at all, for a new customer) instead
 * of once per risk factor; a new customer cannot have access-log events yet, since an event must name a customer that
 * exists, so {@link RiskFactors} skip their queries for it.
 *
 * @param scope the caller's tenant scope
 * @param tenantId the customer's tenant
 * @param customerId the customer
 * @param version the version assessed
 * @param data that version's data
 * @param derived what was derived from it
 * @param alerts every alert of the customer in the transaction, newest first
 * @param createdNow true when the customer was created in this transaction
 */
public record RiskSubject(
        TenantScope scope,
        UUID tenantId,
        UUID customerId,
        int version,
        CustomerData data,
        Derived derived,
        List<Alert> alerts,
        boolean createdNow) {

    public RiskSubject {
        alerts = List.copyOf(alerts);
    }
}
