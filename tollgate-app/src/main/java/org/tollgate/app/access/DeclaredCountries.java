package org.tollgate.app.access;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The declared countries seen by this process, in memory, for the gateway check (which must not touch the database).
 * Filled by ingestion; bounded (cleared when full, since it is only a hint). After a restart it is empty until the
 * customers' events arrive again.
 */
@Component
class DeclaredCountries {
    private static final int MAX = 1_000_000;

    private record Key(UUID tenant, UUID customer) {}

    private final Map<Key, String> countries = new ConcurrentHashMap<>();

    void put(UUID tenant, Map<UUID, String> declared) {
        if (countries.size() + declared.size() > MAX) {
            countries.clear();
        }
        declared.forEach((customer, country) -> countries.put(new Key(tenant, customer), country));
    }

    Optional<String> get(UUID tenant, UUID customer) {
        return Optional.ofNullable(countries.get(new Key(tenant, customer)));
    }
}
