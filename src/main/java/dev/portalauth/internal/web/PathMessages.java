package dev.portalauth.internal.web;

import java.util.logging.Level;

import dev.portalauth.internal.support.NumberedMessage;

/**
 * The numbered messages of request paths ({@code KPA-PATH-…}).
 */
public final class PathMessages {

    /** The path itself is never logged. */
    public static final NumberedMessage AMBIGUOUS_PATH_REFUSED = new NumberedMessage("KPA-PATH-001", Level.WARNING,
            "refused a request path that servers may read otherwise than the module (a dot"
            + " segment, a path parameter before the last segment, an encoded slash or"
            + " backslash, a control character or malformed percent-encoding): answered 400"
            + " BAD_REQUEST");

    private PathMessages() {
    }
}
