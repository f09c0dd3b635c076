package org.tollgate.app.access;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.tollgate.app.auth.Caller;
import org.tollgate.app.tenant.TenantKind;

/**
 * The customers' declared countries (nationality and address countries of the customer record) as last read by
 * ingestion, in memory, for the gateway check, which must not touch the database. The customer record is the one
 * source of truth; this is only a hint for the check's informative {@code country_mismatch} reason. Bounded (cleared
 * when full); after a restart it is empty until the customers' events arrive again.
 */
@Component
class DeclaredCountries {
    private static final int MAX = 1_000_000;

    /** A customer's tenant and declared countries. */
    record Declared(UUID tenantId, Set<String> countries) {}

    private final Map<UUID, Declared> countries = new ConcurrentHashMap<>();

    /** Remembers what ingestion read from the customer records. */
    void put(Map<UUID, Declared> declared) {
        if (countries.size() + declared.size() > MAX) {
            countries.clear();
        }
        countries.putAll(declared);
    }

    /**
     * The customer's declared countries, empty when unknown here or outside the caller's scope: its own tenant, or
     * for the provider every tenant (resellers are one level under the one provider), decided without a database
     * query.
     */
    Set<String> get(Caller caller, UUID customer) {
        Declared d = countries.get(customer);
        boolean visible =
                d != null && (d.tenantId().equals(caller.tenantId()) || caller.tenantKind() == TenantKind.PROVIDER);
        return visible ? d.countries() : Set.of();
    }
}
