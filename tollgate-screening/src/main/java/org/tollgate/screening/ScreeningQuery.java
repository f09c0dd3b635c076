package org.tollgate.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tollgate.lists.country.Countries;
import org.tollgate.lists.model.EntityType;
import org.tollgate.lists.model.PartialDate;

/**
 * A party to screen: a name and, where known, its type, birth date, country and identifiers.
 *
 * @param name the name as written; must hold a letter or digit
 * @param type person, organisation, vessel or aircraft, when known
 * @param birthDate the birth date to the precision known
 * @param country ISO 3166-1 alpha-2 code of nationality or residence
 * @param identifiers passport, registration, IMO numbers, ... as written
 */
public record ScreeningQuery(
        String name,
        Optional<EntityType> type,
        Optional<PartialDate> birthDate,
        Optional<String> country,
        List<String> identifiers) {
    public ScreeningQuery {
        Objects.requireNonNull(name, "name");
        if (name.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw new ScreeningException("the name has no letter or digit: '" + name + "'");
        }
        type = type == null ? Optional.empty() : type.filter(t -> t != EntityType.OTHER);
        birthDate = birthDate == null ? Optional.empty() : birthDate;
        country = country == null ? Optional.empty() : country;
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
    }

    /** A query by name only. */
    public static ScreeningQuery of(String name) {
        return new ScreeningQuery(name, Optional.empty(), Optional.empty(), Optional.empty(), List.of());
    }

    public ScreeningQuery withType(EntityType t) {
        return new ScreeningQuery(name, Optional.of(t), birthDate, country, identifiers);
    }

    public ScreeningQuery withBirthDate(PartialDate d) {
        return new ScreeningQuery(name, type, Optional.of(d), country, identifiers);
    }

    /** With a country given as an alpha-2 code or an English name. */
    public ScreeningQuery withCountry(String c) {
        return new ScreeningQuery(name, type, birthDate, Optional.of(countryCode(c)), identifiers);
    }

    public ScreeningQuery withIdentifier(String id) {
        List<String> ids = new ArrayList<>(identifiers);
        ids.add(id);
        return new ScreeningQuery(name, type, birthDate, country, ids);
    }

    /**
     * A query from text fields as a CSV row gives them; empty fields are absent.
     *
     * @throws ScreeningException naming the field that cannot be read and why
     */
    public static ScreeningQuery parse(String name, String type, String birthDate, String country, String identifier) {
        if (name == null || name.isBlank()) {
            throw new ScreeningException("name is empty");
        }
        ScreeningQuery q = of(name);
        if (type != null && !type.isBlank()) {
            EntityType t = EntityType.parse(type)
                    .orElseThrow(() -> new ScreeningException(
                            "type '" + type.strip() + "' is not one of person, organization, vessel, aircraft"));
            q = q.withType(t);
        }
        if (birthDate != null && !birthDate.isBlank()) {
            PartialDate d = PartialDate.parse(birthDate)
                    .orElseThrow(() -> new ScreeningException(
                            "birth_date '" + birthDate.strip() + "' is not YYYY, YYYY-MM or YYYY-MM-DD"));
            q = q.withBirthDate(d);
        }
        if (country != null && !country.isBlank()) {
            q = q.withCountry(country);
        }
        if (identifier != null && !identifier.isBlank()) {
            q = q.withIdentifier(identifier.strip());
        }
        return q;
    }

    private static String countryCode(String c) {
        return Countries.alpha2(c)
                .orElseThrow(
                        () -> new ScreeningException("country '" + c + "' is not an ISO code or a known country name"));
    }
}
