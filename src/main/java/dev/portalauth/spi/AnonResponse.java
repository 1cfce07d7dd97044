package dev.portalauth.spi;

import java.util.Objects;

/** What an {@link AnonResponses} bean answers instead of the default. */
public final class AnonResponse {

    /** How the answer is given. */
    public enum Kind {
        /** {@code 303 See Other} to a same-application path. */
        REDIRECT,
        /** Serve another path of the application for this request (a server-side forward). */
        REWRITE
    }

    private final Kind kind;
    private final String path;

    private AnonResponse(Kind kind, String path) {
        this.kind = kind;
        this.path = Objects.requireNonNull(path, "path");
    }

    /**
     * {@code 303} to a path.
     *
     * @param path relative to the application, e.g. {@code /feedback/thanks}
     * @return the answer
     */
    public static AnonResponse redirect(String path) {
        return new AnonResponse(Kind.REDIRECT, path);
    }

    /**
     * Serve another path for this request without a round trip.
     *
     * @param path relative to the application
     * @return the answer
     */
    public static AnonResponse rewrite(String path) {
        return new AnonResponse(Kind.REWRITE, path);
    }

    /** {@return how the answer is given} */
    public Kind kind() {
        return kind;
    }

    /** {@return the path redirected to or served, relative to the application} */
    public String path() {
        return path;
    }
}
