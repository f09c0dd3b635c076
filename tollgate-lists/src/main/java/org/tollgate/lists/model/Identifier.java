package org.tollgate.lists.model;

import java.util.Objects;

/**
 * An identifying number of an entity.
 *
 * @param type the classified kind
 * @param value the number as written (trimmed)
 * @param country issuing country as ISO 3166-1 alpha-2 where known, otherwise empty
 * @param label the list's own label for it ("Passport", "Digital Currency Address - XBT"), or empty
 */
public record Identifier(IdentifierType type, String value, String country, String label) {
    public Identifier {
        Objects.requireNonNull(type, "type");
        value = Text.clean(value);
        country = Text.clean(country);
        label = Text.clean(label);
        if (value.isEmpty()) {
            throw new IllegalArgumentException("an identifier must have a value");
        }
    }

    /**
     * The value reduced to letters and digits in upper case, so that "AB 123-456" and "ab123456" compare
     * equal.
     */
    public String normalizedValue() {
        StringBuilder b = new StringBuilder(value.length());
        value.codePoints()
                .filter(Character::isLetterOrDigit)
                .map(Character::toUpperCase)
                .forEach(b::appendCodePoint);
        return b.toString();
    }
}
