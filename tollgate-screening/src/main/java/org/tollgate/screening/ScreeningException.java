package org.tollgate.screening;

/** An expected failure of screening, such as a query field that cannot be read; the message says which and why. */
public final class ScreeningException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ScreeningException(String message) {
        super(message);
    }
}
