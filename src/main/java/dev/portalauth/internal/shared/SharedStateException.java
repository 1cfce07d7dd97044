package dev.portalauth.internal.shared;

/** A shared cache did not answer in time, or failed: the caller falls back or refuses. */
public final class SharedStateException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SharedStateException(String message, Throwable cause) {
        super(message, cause);
    }
}
