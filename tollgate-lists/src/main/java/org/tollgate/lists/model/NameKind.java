package org.tollgate.lists.model;

/** The standing of one name of an entity: how much a match on it should count. */
public enum NameKind {
    /** The name the list files the entity under. */
    PRIMARY,
    /** A strong alias ("a.k.a." of good quality): as reliable as the primary name. */
    STRONG_ALIAS,
    /** A weak alias (OFAC "weak" a.k.a., UN "low" quality): counts less in screening. */
    WEAK_ALIAS,
    /** A former name ("f.k.a."). */
    FORMER_NAME,
    /** The name written in its original, usually non-Latin, script. */
    ORIGINAL_SCRIPT
}
