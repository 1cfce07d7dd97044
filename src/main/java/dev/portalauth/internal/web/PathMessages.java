package dev.portalauth.internal.web;

import java.util.logging.Level;

import dev.portalauth.internal.support.NumberedMessage;

/**
 * The numbered messages of request paths ({@code KPA-PATH-…}).
 */
public enum PathMessages implements NumberedMessage {

    /** The path itself is never logged. */
    AMBIGUOUS_PATH_REFUSED("KPA-PATH-001", Level.WARNING,
            "refused a request path that servers may read otherwise than the module (a dot"
            + " segment, a path parameter before the last segment, an encoded slash or"
            + " backslash, a control character or malformed percent-encoding): answered 400"
            + " BAD_REQUEST");

    private final String code;
    private final Level level;
    private final String text;

    PathMessages(String code, Level level, String text) {
        this.code = code;
        this.level = level;
        this.text = text;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public Level level() {
        return level;
    }

    @Override
    public String text() {
        return text;
    }
}
