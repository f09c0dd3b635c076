package org.tollgate.geo;

import java.util.Locale;

/** What a lookup found about an address. */
public enum GeoFlag {
    /** A private or reserved address (RFC 1918, loopback, CGNAT, documentation, multicast, ULA, …): not looked up. */
    PRIVATE,
    /** A listed Tor exit node. */
    TOR,
    /** An address of a hosting, cloud, CDN or data-centre network. */
    HOSTING,
    /** Tor or hosting: the person's own location is hidden. */
    ANONYMISER,
    /** In a jurisdiction the policy embargoes on the day asked. */
    EMBARGOED,
    /** In a jurisdiction with a special measure (a prohibition or condition on some services). */
    SPECIAL_MEASURE,
    /** In a high-risk jurisdiction. */
    HIGH_RISK,
    /** The country database and the city database place the address in different countries. */
    DATABASES_DISAGREE;

    /** The flag's name in output: {@code databases_disagree}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
