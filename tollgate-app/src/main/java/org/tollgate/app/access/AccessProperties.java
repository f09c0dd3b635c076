package org.tollgate.app.access;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Rules of the access log and the gateway check ({@code tollgate.access.*}).
 *
 * @param mismatchWindow how far back events count towards a country mismatch
 * @param mismatchMinEvents how many events from a country other than the declared one, within the window, raise a
 *     {@code country_mismatch} signal
 * @param maxSpeedKmh above this speed between two consecutive events' locations, travel is impossible
 * @param travelMinKm locations closer than this never count as impossible travel (the databases place networks at
 *     city or region centres, so nearby jumps are noise)
 * @param challengeHosting whether the gateway check challenges hosting / data-centre addresses (Tor is always
 *     challenged)
 * @param allowPrivate whether the gateway check allows private and reserved addresses (else it challenges them)
 * @param maxClockSkew how far in the future an event's time may be
 */
@ConfigurationProperties("tollgate.access")
public record AccessProperties(
        @DefaultValue("7d") Duration mismatchWindow,
        @DefaultValue("3") int mismatchMinEvents,
        @DefaultValue("1000") double maxSpeedKmh,
        @DefaultValue("500") double travelMinKm,
        @DefaultValue("true") boolean challengeHosting,
        @DefaultValue("true") boolean allowPrivate,
        @DefaultValue("5m") Duration maxClockSkew) {}
