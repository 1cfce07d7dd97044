package dev.portalauth.internal.config;

import java.util.logging.Level;

import dev.portalauth.internal.support.NumberedMessage;

/**
 * The numbered messages of the module's configuration ({@code KPA-CONFIG-…}).
 */
public final class ConfigMessages {

    /** Fails deployment ({@code InvalidSettingException}): every problem, {@code key: what is wrong}, joined by {@code "; "}. */
    public static final NumberedMessage INVALID_SETTINGS = new NumberedMessage("KPA-CONFIG-001", Level.OFF,
            "%s");
    /** Thrown as {@code IllegalStateException}. */
    public static final NumberedMessage SEVERAL_EXTENSION_BEANS = new NumberedMessage("KPA-CONFIG-010", Level.OFF,
            "more than one bean implements an extension point; provide at most one");
    public static final NumberedMessage MECHANISM_DISABLED = new NumberedMessage("KPA-CONFIG-020", Level.INFO,
            "%s=false: the module registers no authentication mechanism; the portal's own one"
            + " may delegate to dev.portalauth.PortalAuthentication");

    private ConfigMessages() {
    }
}
