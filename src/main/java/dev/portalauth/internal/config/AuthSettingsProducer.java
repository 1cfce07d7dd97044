package dev.portalauth.internal.config;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Makes each settings record injectable on its own, so a class sees only the keys of its concern,
 * and checks the whole configuration when the application starts.
 *
 * <p>The products are {@code @Dependent} on purpose: an {@code @ApplicationScoped} product would
 * need a client proxy (so a non-final class with a no-arg constructor) and would cost a proxy hop
 * on every accessor call; {@code @Singleton} is not required of CDI Lite. The records are read once
 * by this application-scoped bean, and being immutable they are safe to share.
 */
@ApplicationScoped
public class AuthSettingsProducer {

    private AuthSettings settings;

    @PostConstruct
    void readConfiguration() {
        settings = AuthSettings.from(ConfigProvider.getConfig());
    }

    @Produces
    KrakenSettings kraken() {
        return settings.kraken();
    }

    @Produces
    RouteSettings routes() {
        return settings.routes();
    }

    @Produces
    AnonKeySettings anonKeys() {
        return settings.anonKeys();
    }

    @Produces
    EndpointSettings endpoints() {
        return settings.endpoints();
    }

    @Produces
    CookieSettings cookies() {
        return settings.cookies();
    }

    @Produces
    GuestSettings guest() {
        return settings.guest();
    }

    @Produces
    SigningKeySettings signingKeys() {
        return settings.signingKeys();
    }

    @Produces
    TokenSettings tokens() {
        return settings.tokens();
    }

    @Produces
    ProxySettings proxy() {
        return settings.proxy();
    }

    @Produces
    CrossSiteSettings crossSite() {
        return settings.crossSite();
    }

    @Produces
    LimitSettings limits() {
        return settings.limits();
    }

    @Produces
    FaultToleranceSettings faultTolerance() {
        return settings.faultTolerance();
    }

    @Produces
    OrganizationSettings organization() {
        return settings.organization();
    }

    @Produces
    OAuthSettings oauth() {
        return settings.oauth();
    }

    @Produces
    GraphqlProxySettings graphqlProxy() {
        return settings.graphqlProxy();
    }

    @Produces
    SharedStateSettings sharedState() {
        return settings.sharedState();
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
