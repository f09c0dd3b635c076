package org.tollgate.geo;

/** How far a lookup's location (and so its policy verdict) can be trusted. */
public enum Confidence {
    /** Both databases agree, or the address is private. */
    HIGH,
    /** Only one database knows the address. */
    MEDIUM,
    /**
     * The databases disagree on the country, neither knows the address, or the matching rule is coarse (it can only
     * be matched more widely than the sanctioned area, like the DNR/LNR rules at oblast level).
     */
    LOW
}
