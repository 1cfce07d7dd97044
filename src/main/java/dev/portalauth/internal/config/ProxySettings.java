package dev.portalauth.internal.config;

import java.util.Optional;

import dev.portalauth.internal.proxy.ProxyHeader;
import dev.portalauth.internal.proxy.TrustedProxies;

/**
 * How the portal is reached: its origin as browsers see it, and the proxies in front of it.
 *
 * @param publicOrigin {@code kraken.auth.public-origin}: the portal's origin as browsers see it, when configured
 * @param trustedProxies {@code kraken.auth.trusted-proxies} (default: none): peers whose client-address
 *        header is believed
 * @param trustedProxiesHeader {@code kraken.auth.trusted-proxies.header} (default {@code X-Forwarded-For}):
 *        the one header they are believed in
 */
public record ProxySettings(Optional<Origin> publicOrigin, TrustedProxies trustedProxies, ProxyHeader trustedProxiesHeader) {

    static final String PUBLIC_ORIGIN = "kraken.auth.public-origin";

    static ProxySettings read(SettingsReader read) {
        return new ProxySettings(
                read.web().origin(PUBLIC_ORIGIN),
                read.web().trustedProxies("kraken.auth.trusted-proxies"),
                read.web().proxyHeader("kraken.auth.trusted-proxies.header", ProxyHeader.X_FORWARDED_FOR));
    }
}
