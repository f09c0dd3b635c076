package org.tollgate.screening;

import org.tollgate.lists.model.NameKind;

/** How much a match on one name of a party counts. */
public enum NameStrength {
    /** A primary name or a good alias: a match counts fully. */
    STRONG,
    /** A weak alias (OFAC "weak a.k.a.", UN "low quality"): a match counts less. */
    WEAK,
    /** The name in its original script: counts fully. */
    ORIGINAL_SCRIPT;

    /** The strength of a list name of the given kind. */
    public static NameStrength of(NameKind kind) {
        return switch (kind) {
            case WEAK_ALIAS -> WEAK;
            case ORIGINAL_SCRIPT -> ORIGINAL_SCRIPT;
            case PRIMARY, STRONG_ALIAS, FORMER_NAME -> STRONG;
        };
    }

    /** The lower-case code used in JSON. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
