package dev.portalauth.internal.config;

import java.util.logging.Level;

import dev.portalauth.internal.support.NumberedMessage;

/**
 * The numbered messages of the module's configuration ({@code KPA-CONFIG-…}).
 */
public enum ConfigMessages implements NumberedMessage {

    /** Fails deployment ({@code InvalidSettingException}): every problem, {@code key: what is wrong}, joined by {@code "; "}. */
    INVALID_SETTINGS("KPA-CONFIG-001", Level.OFF,
            "%s"),
    /** Thrown as {@code IllegalStateException}. */
    SEVERAL_EXTENSION_BEANS("KPA-CONFIG-010", Level.OFF,
            "more than one bean implements an extension point; provide at most one"),
    MECHANISM_DISABLED("KPA-CONFIG-020", Level.INFO,
            "%s=false: the module registers no authentication mechanism; the portal's own one"
            + " may delegate to dev.portalauth.PortalAuthentication");

    private final String code;
    private final Level level;
    private final String text;

    ConfigMessages(String code, Level level, String text) {
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
