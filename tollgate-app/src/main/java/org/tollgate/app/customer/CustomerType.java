package org.tollgate.app.customer;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;

/** A natural person or a legal entity. */
public enum CustomerType {
    @JsonProperty("individual")
    INDIVIDUAL,
    @JsonProperty("organization")
    ORGANIZATION;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CustomerType ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
