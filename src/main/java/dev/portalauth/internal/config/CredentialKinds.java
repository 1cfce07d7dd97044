package dev.portalauth.internal.config;

import dev.portalauth.AuthMethod;

/**
 * The credential kinds of {@code kraken.auth.kinds.<kind>.gty}: their configuration names and the
 * Kraken simulator's {@code gty} values as defaults (a real Kraken's values are configured).
 */
enum CredentialKinds {
    ACCESS("access", AuthMethod.ACCESS_TOKEN, "EMAIL-AND-PASSWORD,REFRESH-TOKEN"),
    MOBILE_WEB_VIEW("mobile-web-view", AuthMethod.MOBILE_WEB_VIEW, "EMAIL-AND-PASSWORD,REFRESH-TOKEN"),
    MASQUERADE("masquerade", AuthMethod.MASQUERADE, "MASQUERADE"),
    SCOPED("scoped", AuthMethod.SCOPED, "PRE-SIGNED-KEY");

    private final String configName;
    private final AuthMethod method;
    private final String defaultGty;

    CredentialKinds(String configName, AuthMethod method, String defaultGty) {
        this.configName = configName;
        this.method = method;
        this.defaultGty = defaultGty;
    }

    String configName() {
        return configName;
    }

    AuthMethod method() {
        return method;
    }

    String defaultGty() {
        return defaultGty;
    }
}
