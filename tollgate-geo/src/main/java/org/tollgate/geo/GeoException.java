package org.tollgate.geo;

/**
 * The one exception type of the geo module for expected failures: a database, list or policy file that cannot be
 * read or is malformed, or a text that is not an IP address. The message names the file (and line or field where
 * known) and the reason.
 */
public class GeoException extends Exception {
    private static final long serialVersionUID = 1L;

    public GeoException(String message) {
        super(message);
    }

    public GeoException(String message, Throwable cause) {
        super(message, cause);
    }
}
