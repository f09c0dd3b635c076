package org.tollgate.app.access;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;
import java.util.Optional;

/** What a customer did from an address. */
public enum AccessKind {
    @JsonProperty("login")
    LOGIN,
    @JsonProperty("console")
    CONSOLE,
    @JsonProperty("api")
    API,
    @JsonProperty("admin")
    ADMIN,
    @JsonProperty("payment")
    PAYMENT;

    /** The value stored and shown in JSON. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind named by its code, if any. */
    public static Optional<AccessKind> ofCode(String code) {
        for (AccessKind k : values()) {
            if (k.code().equals(code)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
