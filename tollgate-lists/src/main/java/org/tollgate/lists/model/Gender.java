package org.tollgate.lists.model;

import java.util.Locale;

/** Gender as lists record it; UNKNOWN when the list says nothing. */
public enum Gender {
    MALE,
    FEMALE,
    UNKNOWN;

    /** Reads "Male", "M", "female", ... ; anything else is UNKNOWN. */
    public static Gender parse(String text) {
        if (text == null) {
            return UNKNOWN;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "m", "male", "man" -> MALE;
            case "f", "female", "woman" -> FEMALE;
            default -> UNKNOWN;
        };
    }
}
