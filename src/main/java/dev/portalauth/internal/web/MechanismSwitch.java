package dev.portalauth.internal.web;

import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Takes {@link PortalAuthMechanism} out of the container when {@code kraken.auth.mechanism.enabled}
 * is {@code false}: Jakarta Security allows an application one {@code HttpAuthenticationMechanism},
 * and a portal with its own (staff single sign-on, say) keeps it. A bean cannot be made absent any
 * later than this, so the key is read from MicroProfile Config as the application's types are
 * discovered; any value but {@code false} keeps the mechanism (a value that is not a boolean stops
 * deployment when the settings are read).
 */
public class MechanismSwitch implements Extension {

    private static final Logger LOG = Logger.getLogger(MechanismSwitch.class.getName());
    static final String KEY = "kraken.auth.mechanism.enabled";

    void vetoWhenDisabled(@Observes ProcessAnnotatedType<PortalAuthMechanism> type) {
        ClassLoader loader = type.getAnnotatedType().getJavaClass().getClassLoader();
        if (disabled(ConfigProvider.getConfig(loader).getOptionalValue(KEY, String.class))) {
            type.veto();
            LOG.info("KPA-CONFIG-020 " + KEY + "=false: the module registers no authentication mechanism;"
                    + " the portal's own one may delegate to dev.portalauth.PortalAuthentication");
        }
    }

    /** Whether the configured value turns the mechanism off: {@code false} in any case, spaces around allowed. */
    static boolean disabled(Optional<String> value) {
        return value.map(String::strip).filter("false"::equalsIgnoreCase).isPresent();
    }
}
