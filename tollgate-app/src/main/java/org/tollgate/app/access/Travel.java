package org.tollgate.app.access;

import java.time.Duration;
import java.time.Instant;

/**
 * Distance and speed between two located events: the great-circle (haversine) distance on a sphere of the Earth's
 * mean radius, which is within 0.5 % of the ellipsoid distance: far finer than the databases' placement of a network.
 */
final class Travel {
    /** Mean Earth radius (IUGG), km. */
    static final double EARTH_RADIUS_KM = 6371.0088;

    private Travel() {}

    /** Great-circle distance in km between two points given in degrees. */
    static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double a =
                Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /** Speed in km/h to cover {@code km} between two times; infinite when no time passed. */
    static double speedKmh(double km, Instant from, Instant to) {
        double hours = Math.abs(Duration.between(from, to).toNanos()) / 3.6e12;
        return hours == 0 ? Double.POSITIVE_INFINITY : km / hours;
    }
}
