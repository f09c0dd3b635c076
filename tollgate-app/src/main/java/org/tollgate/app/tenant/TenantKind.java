package org.tollgate.app.tenant;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;

/** A provider runs Tollgate and oversees its resellers; a reseller runs its own customers. */
public enum TenantKind {
    @JsonProperty("provider")
    PROVIDER,
    @JsonProperty("reseller")
    RESELLER;

    /** The value stored in the database and shown in JSON. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static TenantKind ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
