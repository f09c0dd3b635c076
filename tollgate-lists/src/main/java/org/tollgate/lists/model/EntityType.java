package org.tollgate.lists.model;

import java.util.Locale;
import java.util.Optional;

/** What kind of party a list entry describes. */
public enum EntityType {
    PERSON,
    ORGANIZATION,
    VESSEL,
    AIRCRAFT,
    OTHER;

    /** The lower-case name used in JSON and CSV ({@code person}, {@code organization}, ...). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Reads the many spellings lists use for a type ("Individual", "Entity", "Ship", "Company", ...).
     *
     * @return the type, or empty when the text names no known type
     */
    public static Optional<EntityType> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "person", "individual", "individuals", "people" -> Optional.of(PERSON);
            case "organization",
                    "organisation",
                    "entity",
                    "entities",
                    "company",
                    "legalentity",
                    "legal entity",
                    "enterprise",
                    "group",
                    "org",
                    "organizations" -> Optional.of(ORGANIZATION);
            case "vessel", "ship", "vessels", "ships" -> Optional.of(VESSEL);
            case "aircraft", "airplane", "plane" -> Optional.of(AIRCRAFT);
            case "other", "" -> Optional.of(OTHER);
            default -> Optional.empty();
        };
    }
}
