package org.tollgate.app.auth;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;

/**
 * What a user or API key may do. Admin: everything in its scope, including tenants, users and keys. Analyst: works
 * customers and alerts. Auditor: reads everything in its scope, writes nothing (enforced for every non-GET request
 * in {@link SecurityConfiguration}). Integration: the machine role for sign-up and gateway calls.
 */
public enum Role {
    @JsonProperty("admin")
    ADMIN,
    @JsonProperty("analyst")
    ANALYST,
    @JsonProperty("auditor")
    AUDITOR,
    @JsonProperty("integration")
    INTEGRATION;

    /** The value stored in the database and shown in JSON. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The Spring Security authority ({@code ROLE_ADMIN}, ...). */
    public String authority() {
        return "ROLE_" + name();
    }

    public static Role ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
