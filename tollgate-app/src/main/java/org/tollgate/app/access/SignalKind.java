package org.tollgate.app.access;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;

/** A finding of the geo screening of a customer's access events. */
public enum SignalKind {
    /** An event from an embargoed jurisdiction. */
    @JsonProperty("embargoed_location")
    EMBARGOED_LOCATION,
    /** Repeated events from a country other than the one the customer declared. */
    @JsonProperty("country_mismatch")
    COUNTRY_MISMATCH,
    /** An event through Tor or a hosting network, which hides the customer's location. */
    @JsonProperty("anonymiser")
    ANONYMISER,
    /** Two consecutive events too far apart for the time between them. */
    @JsonProperty("impossible_travel")
    IMPOSSIBLE_TRAVEL;

    /** The value stored and shown in JSON. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SignalKind ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
