package org.tollgate.lists.model;

/** How one entity relates to another. */
public enum LinkKind {
    /** This entity is owned or controlled by the target. */
    OWNED_BY,
    /** This entity owns or controls the target. */
    OWNS,
    /** Any other stated link (associate, family member, acting for, ...). */
    LINKED_TO
}
