package org.tollgate.geo.mmdb;

import java.util.Optional;

/**
 * What one IP database says about the network an address is in. Text fields are never null: empty means the
 * database has no value (a country database has only {@code country}).
 *
 * @param country ISO 3166-1 alpha-2 code of the country the network is located in
 * @param region the first-level subdivision's name (ip-location-db {@code state1}; MaxMind
 *     {@code subdivisions[0].names.en}), e.g. {@code Crimea}, {@code Sebastopol City}
 * @param regionCode the ISO 3166-2 code of that subdivision when the database has one (MaxMind), e.g. {@code UA-43}
 * @param subregion the second-level subdivision's name ({@code state2} or {@code subdivisions[1]})
 * @param city the city name
 * @param postcode the postal code
 * @param coordinates the point the database places the network at
 * @param timeZone the IANA time zone
 * @param registeredCountry where the network is registered, when the database says so separately (MaxMind
 *     {@code registered_country}); may differ from {@code country}
 */
public record Location(
        String country,
        String region,
        String regionCode,
        String subregion,
        String city,
        String postcode,
        Optional<Coordinates> coordinates,
        String timeZone,
        String registeredCountry) {

    /** No data: the database has no record for the address, or no database was asked. */
    public static final Location NONE = new Location("", "", "", "", "", "", Optional.empty(), "", "");

    /** Whether the database said nothing about the address. */
    public boolean isEmpty() {
        return country.isEmpty() && region.isEmpty() && city.isEmpty() && coordinates.isEmpty();
    }
}
