package org.tollgate.app.access;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a gateway should do with a request from an address. */
public enum AccessAction {
    @JsonProperty("allow")
    ALLOW,
    @JsonProperty("challenge")
    CHALLENGE,
    @JsonProperty("block")
    BLOCK
}
