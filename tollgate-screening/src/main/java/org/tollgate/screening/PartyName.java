package org.tollgate.screening;

import java.util.Objects;

/**
 * One name of a {@link Party}.
 *
 * @param value the name as written
 * @param strength how much a match on it counts
 */
public record PartyName(String value, NameStrength strength) {
    public PartyName {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(strength, "strength");
        value = value.strip();
        if (value.isEmpty()) {
            throw new IllegalArgumentException("a party name must not be blank");
        }
    }

    public static PartyName strong(String value) {
        return new PartyName(value, NameStrength.STRONG);
    }
}
