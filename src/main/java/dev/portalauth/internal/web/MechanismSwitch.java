package dev.portalauth.internal.web;

import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.Extension;

import org.eclipse.microprofile.config.ConfigProvider;

import dev.portalauth.internal.config.ConfigMessages;

/**
 * Adds {@link PortalAuthMechanism} to the container unless {@code kraken.auth.mechanism.enabled}
 * is {@code false}: Jakarta Security allows an application one {@code HttpAuthenticationMechanism},
 * and a portal with its own (staff single sign-on, say) keeps it. The mechanism carries no scope
 * annotation, so discovery never finds it; added or not before discovery rather than vetoed
 * during it, because OpenLiberty counts every mechanism type it is shown, vetoed or not
 * ({@code CWWKS1925E}). The key is read from MicroProfile Config then; any value but
 * {@code false} keeps the mechanism (a value that is not a boolean stops deployment when the
 * settings are read).
 */
public class MechanismSwitch implements Extension {

    private static final Logger LOG = Logger.getLogger(MechanismSwitch.class.getName());
    static final String KEY = "kraken.auth.mechanism.enabled";

    void addUnlessDisabled(@Observes BeforeBeanDiscovery discovery) {
        ClassLoader loader = PortalAuthMechanism.class.getClassLoader();
        if (!disabled(ConfigProvider.getConfig(loader).getOptionalValue(KEY, String.class))) {
            discovery.addAnnotatedType(PortalAuthMechanism.class, PortalAuthMechanism.class.getName())
                    .add(ApplicationScoped.Literal.INSTANCE);
        } else {
            ConfigMessages.MECHANISM_DISABLED.log(LOG, KEY);
        }
    }

    /** Whether the configured value turns the mechanism off: {@code false} in any case, spaces around allowed. */
    static boolean disabled(Optional<String> value) {
        return value.map(String::strip).filter("false"::equalsIgnoreCase).isPresent();
    }
}
