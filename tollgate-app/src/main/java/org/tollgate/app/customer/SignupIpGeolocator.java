package org.tollgate.app.customer;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Geolocates a customer's sign-up IP (implemented by the access feature's IP screening), so the country of the
 * sign-up IP is the service's finding rather than whatever the caller supplied.
 */
public interface SignupIpGeolocator {

    /**
     * The address screened under the tenant's policy as of the sign-up day (today when unknown); empty when no IP
     * data is loaded.
     *
     * @param ip a valid IPv4 or IPv6 address
     */
    Optional<Derived.SignupIp> locate(UUID tenant, String ip, @Nullable Instant signupAt);
}
