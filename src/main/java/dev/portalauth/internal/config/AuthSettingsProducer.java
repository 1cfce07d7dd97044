package dev.portalauth.internal.config;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;

import org.eclipse.microprofile.config.ConfigProvider;

/** Makes {@link AuthSettings} injectable, and checks the configuration when the application starts. */
@ApplicationScoped
public class AuthSettingsProducer {

    private AuthSettings settings;

    @PostConstruct
    void readConfiguration() {
        settings = AuthSettings.from(ConfigProvider.getConfig());
    }

    /**
     * {@code @Dependent} on purpose: an {@code @ApplicationScoped} product would need a client
     * proxy (so a non-final class with a no-arg constructor) and would cost a proxy hop on every
     * accessor call; {@code @Singleton} is not required of CDI Lite. The instance is read once
     * by this application-scoped bean, and being immutable it is safe to share.
     */
    @Produces
    AuthSettings authSettings() {
        return settings;
    }

    /**
     * Its delivery instantiates this bean, whose {@link #readConfiguration()} throws
     * {@link InvalidSettingException} on a bad configuration: deployment stops with the message
     * naming the key, rather than at the first request.
     */
    void validateAtStartup(@Observes @Initialized(ApplicationScoped.class) Object event) {
        // nothing more to do: creating this bean did the check
    }
}
