package org.tollgate.cli.screen;

/** A query file that cannot be used at all: missing, unreadable, or without the id and name columns. */
public final class QueryFileException extends Exception {
    private static final long serialVersionUID = 1L;

    public QueryFileException(String message) {
        super(message);
    }

    public QueryFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
