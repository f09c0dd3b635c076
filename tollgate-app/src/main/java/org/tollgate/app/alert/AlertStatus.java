package org.tollgate.app.alert;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;

/**
 * Where an alert stands. {@code open} → {@code true_match} (through {@code pending_confirmation} when the four-eyes
 * rule is on), {@code false_positive} or {@code escalated}; an escalated alert is decided the same way. An unresolved
 * alert whose list entity is delisted becomes {@code closed}.
 */
public enum AlertStatus {
    @JsonProperty("open")
    OPEN,
    @JsonProperty("pending_confirmation")
    PENDING_CONFIRMATION,
    @JsonProperty("true_match")
    TRUE_MATCH,
    @JsonProperty("false_positive")
    FALSE_POSITIVE,
    @JsonProperty("escalated")
    ESCALATED,
    /** Closed by the system, not decided: the list entity was removed from its list (reason "delisted on ..."). */
    @JsonProperty("closed")
    CLOSED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AlertStatus ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }

    /** Not yet resolved: the customer waits for review. */
    public boolean unresolved() {
        return this == OPEN || this == PENDING_CONFIRMATION || this == ESCALATED;
    }
}
