package org.tollgate.lists.model;

import java.util.List;
import java.util.Objects;

/**
 * A postal address of an entity. Fields a list leaves out are empty strings.
 *
 * @param lines street lines, in order
 * @param city city or town
 * @param region state, province or region
 * @param postalCode postal code
 * @param country ISO 3166-1 alpha-2 code where it could be determined, otherwise empty
 * @param countryText the country (or region) as the list writes it, e.g. "Crimea region of Ukraine"
 */
public record Address(
        List<String> lines, String city, String region, String postalCode, String country, String countryText) {
    public Address {
        lines = lines == null
                ? List.of()
                : lines.stream().map(Text::clean).filter(s -> !s.isEmpty()).toList();
        city = Text.clean(city);
        region = Text.clean(region);
        postalCode = Text.clean(postalCode);
        country = Text.clean(country);
        countryText = Text.clean(countryText);
    }

    /** Whether nothing at all is known of this address. */
    public boolean isEmpty() {
        return lines.isEmpty()
                && city.isEmpty()
                && region.isEmpty()
                && postalCode.isEmpty()
                && country.isEmpty()
                && countryText.isEmpty();
    }

    /** One line of text with every known part, for display and for address-text screening. */
    public String fullText() {
        StringBuilder b = new StringBuilder();
        for (String part : lines) {
            append(b, part);
        }
        append(b, city);
        append(b, region);
        append(b, postalCode);
        append(b, countryText.isEmpty() ? country : countryText);
        return b.toString();
    }

    private static void append(StringBuilder b, String part) {
        if (!Objects.requireNonNull(part).isEmpty()) {
            if (b.length() > 0) {
                b.append(", ");
            }
            b.append(part);
        }
    }
}
