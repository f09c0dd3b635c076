package org.tollgate.app.idempotency;

import java.net.URI;

/**
 * The result of a create: where the new resource lives and the body to answer with (201 Created).
 *
 * @param location the new resource's URI (path)
 * @param body the response body
 * @param <T> the body's type
 */
public record Created<T>(URI location, T body) {}
