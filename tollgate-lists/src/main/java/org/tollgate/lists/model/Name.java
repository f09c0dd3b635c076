package org.tollgate.lists.model;

import java.util.Objects;

/**
 * One name of an entity as the list writes it.
 *
 * @param value the full name, trimmed; never blank
 * @param kind its standing (primary, alias, ...)
 * @param language an ISO 639 language or script hint from the source, or empty
 */
public record Name(String value, NameKind kind, String language) {
    public Name {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(kind, "kind");
        value = Text.clean(value);
        language = Text.clean(language);
        if (value.isEmpty()) {
            throw new IllegalArgumentException("a name must not be blank");
        }
    }

    public Name(String value, NameKind kind) {
        this(value, kind, "");
    }
}
