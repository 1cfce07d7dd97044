package dev.portalauth.internal.config;

import java.time.Duration;

/**
 * Guest sessions: whether and where a visitor gets a guest token, and its cookie.
 *
 * @param guestEnabled {@code kraken.auth.guest.enabled} (default {@code true})
 * @param guestPaths {@code kraken.auth.guest.paths} (default {@code /**}): where a visitor without a
 *        valid guest token gets one
 * @param guestCookieName {@code kraken.auth.guest.cookie-name} (default {@code jwt})
 * @param guestLifetime {@code kraken.auth.guest.lifetime} (default {@code P3650D})
 */
public record GuestSettings(boolean guestEnabled, Globs guestPaths, String guestCookieName, Duration guestLifetime) {

    static final String GUEST_COOKIE_NAME = "kraken.auth.guest.cookie-name";

    static GuestSettings read(SettingsReader read) {
        return new GuestSettings(
                read.bool("kraken.auth.guest.enabled", true),
                read.globs("kraken.auth.guest.paths", "/**"),
                read.web().cookieName(GUEST_COOKIE_NAME, "jwt"),
                read.positiveDuration("kraken.auth.guest.lifetime", Duration.ofDays(3650)));
    }
}
