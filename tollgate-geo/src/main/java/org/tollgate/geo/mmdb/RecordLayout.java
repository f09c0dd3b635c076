package org.tollgate.geo.mmdb;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a decoded MMDB record into a {@link Location}. Two layouts are understood, recognised per record:
 *
 * <ul>
 *   <li>the flat layout of the {@code @ip-location-db} packages: {@code country_code} (country databases), plus
 *       {@code state1, state2, city, postcode, latitude, longitude, timezone} (city databases);
 *   <li>MaxMind GeoIP2 / GeoLite2: {@code country.iso_code}, {@code registered_country.iso_code},
 *       {@code subdivisions[].iso_code / names.en}, {@code city.names.en}, {@code postal.code},
 *       {@code location.latitude / longitude / time_zone}.
 * </ul>
 */
final class RecordLayout {
    private RecordLayout() {}

    static Location toLocation(Map<?, ?> record) {
        if (record == null || record.isEmpty()) {
            return Location.NONE;
        }
        if (record.containsKey("country_code") || record.containsKey("state1")) {
            return ipLocationDb(record);
        }
        return maxMind(record);
    }

    private static Location ipLocationDb(Map<?, ?> r) {
        return new Location(
                code(text(r.get("country_code"))),
                text(r.get("state1")),
                "",
                text(r.get("state2")),
                text(r.get("city")),
                text(r.get("postcode")),
                coordinates(r.get("latitude"), r.get("longitude")),
                text(r.get("timezone")),
                "");
    }

    private static Location maxMind(Map<?, ?> r) {
        String country = code(text(map(r.get("country")).get("iso_code")));
        Map<?, ?> first = Map.of();
        Map<?, ?> second = Map.of();
        if (r.get("subdivisions") instanceof List<?> subdivisions) {
            if (!subdivisions.isEmpty()) {
                first = map(subdivisions.get(0));
            }
            if (subdivisions.size() > 1) {
                second = map(subdivisions.get(1));
            }
        }
        String subdivisionCode = text(first.get("iso_code"));
        Map<?, ?> location = map(r.get("location"));
        return new Location(
                country,
                name(first),
                subdivisionCode.isEmpty() || country.isEmpty() ? "" : country + "-" + subdivisionCode,
                name(second),
                name(map(r.get("city"))),
                text(map(r.get("postal")).get("code")),
                coordinates(location.get("latitude"), location.get("longitude")),
                text(location.get("time_zone")),
                code(text(map(r.get("registered_country")).get("iso_code"))));
    }

    /** The English name, else any name (MaxMind always has {@code en} where it has names at all). */
    private static String name(Map<?, ?> element) {
        Map<?, ?> names = map(element.get("names"));
        String en = text(names.get("en"));
        if (!en.isEmpty() || names.isEmpty()) {
            return en;
        }
        return text(names.values().iterator().next());
    }

    private static Optional<Coordinates> coordinates(Object latitude, Object longitude) {
        if (latitude instanceof Number lat && longitude instanceof Number lon) {
            return Optional.of(new Coordinates(degrees(lat), degrees(lon)));
        }
        return Optional.empty();
    }

    /** A float (how the ip-location-db files store degrees) as the decimal it was written as, not 44.96070098…. */
    private static double degrees(Number n) {
        return n instanceof Float f ? Double.parseDouble(Float.toString(f)) : n.doubleValue();
    }

    private static Map<?, ?> map(Object o) {
        return o instanceof Map<?, ?> m ? m : Map.of();
    }

    private static String text(Object o) {
        return o == null ? "" : o.toString().strip();
    }

    /** Country codes are interned: lookups compare them by identity first, without touching their bytes. */
    private static String code(String s) {
        return s.toUpperCase(java.util.Locale.ROOT).intern();
    }
}
