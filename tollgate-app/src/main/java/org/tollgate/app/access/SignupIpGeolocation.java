package org.tollgate.app.access;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.tollgate.app.customer.Derived;
import org.tollgate.app.customer.SignupIpGeolocator;
import org.tollgate.geo.GeoException;
import org.tollgate.geo.GeoFlag;
import org.tollgate.geo.GeoLookup;
import org.tollgate.geo.ip.IpAddress;

/** The customer's sign-up IP, screened like an access event: as of the sign-up day, under the tenant's policy. */
@Component
class SignupIpGeolocation implements SignupIpGeolocator {
    private final GeoLocator geo;
    private final Clock clock;

    SignupIpGeolocation(GeoLocator geo, Clock clock) {
        this.geo = geo;
        this.clock = clock;
    }

    @Override
    public Optional<Derived.SignupIp> locate(UUID tenant, String ip, @Nullable Instant signupAt) {
        IpAddress address = IpAddress.tryParse(ip).orElseThrow(() -> new IllegalArgumentException("not an IP"));
        LocalDate day = LocalDate.ofInstant(signupAt == null ? clock.instant() : signupAt, ZoneOffset.UTC);
        Optional<GeoLookup> found;
        try {
            found = geo.lookup(address, day, tenant);
        } catch (GeoException e) {
            throw new IllegalStateException("IP lookup failed: " + e.getMessage(), e);
        }
        return found.map(g -> new Derived.SignupIp(
                g.country(),
                g.region(),
                g.flags().stream().map(GeoFlag::code).toList(),
                g.rule().map(r -> r.id()).orElse(null),
                g.confidence().name().toLowerCase(Locale.ROOT),
                null));
    }
}
