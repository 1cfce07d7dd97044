package dev.portalauth.internal.config;

import org.eclipse.microprofile.config.Config;

/**
 * The module's configuration, read once from MicroProfile Config by one {@link SettingsReader} and
 * validated as a whole: one record per concern, each injected on its own (see
 * {@link AuthSettingsProducer}). Immutable; every accessor is a field read, so it is free on the
 * request path.
 *
 * <p>Conventions: values are stripped and a blank value counts as unset; durations are ISO-8601
 * ({@code PT2S}, {@code P3650D}) and positive; booleans are {@code true} or {@code false}; lists
 * are comma separated; pathnames and globs must be canonical paths (see {@link Pathnames},
 * {@link Globs}). docs/CONFIGURATION.md lists every key.
 */
public record AuthSettings(KrakenSettings kraken, RouteSettings routes, AnonKeySettings anonKeys,
        EndpointSettings endpoints, CookieSettings cookies, GuestSettings guest, SigningKeySettings signingKeys,
        TokenSettings tokens, ProxySettings proxy, CrossSiteSettings crossSite, LimitSettings limits,
        FaultToleranceSettings faultTolerance, OrganizationSettings organization, OAuthSettings oauth,
        GraphqlProxySettings graphqlProxy, SharedStateSettings sharedState) {

    /**
     * Reads and validates every key.
     *
     * @throws InvalidSettingException listing every missing or invalid key
     */
    public static AuthSettings from(Config config) {
        SettingsReader read = new SettingsReader(config);
        AuthSettings settings = new AuthSettings(KrakenSettings.read(read), RouteSettings.read(read),
                AnonKeySettings.read(read), EndpointSettings.read(read), CookieSettings.read(read),
                GuestSettings.read(read), SigningKeySettings.read(read), TokenSettings.read(read),
                ProxySettings.read(read), CrossSiteSettings.read(read), LimitSettings.read(read),
                FaultToleranceSettings.read(read), OrganizationSettings.read(read), OAuthSettings.read(read),
                GraphqlProxySettings.read(read), SharedStateSettings.read(read));
        new SettingsCombinations(settings, read).check();
        read.throwIfAnyProblem();
        return settings;
    }
}
