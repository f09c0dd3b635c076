package org.tollgate.app.auth;

/**
 * A key just created: its description and the secret, shown this once and never stored.
 *
 * @param apiKey the key as listed later
 * @param key the secret to send as {@code Authorization: Bearer <key>}
 */
public record NewApiKey(ApiKey apiKey, String key) {}
