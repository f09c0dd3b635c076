package org.tollgate.geo.policy;

/** Which answer counts when the country database and the city database place an address in different countries. */
public enum DisagreementRule {
    /** A rule applies if it applies to either answer (the default: embargoed if either says so). */
    EITHER,
    /** Only the country database's answer counts. */
    COUNTRY_DATABASE,
    /** Only the city database's answer counts. */
    CITY_DATABASE
}
