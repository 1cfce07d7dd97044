package dev.portalauth.internal.chain;

import dev.portalauth.AuthErrorCode;

/**
 * What the access-token stage decided when a request's logged-in session could not be used: ended
 * (a refused refresh: its cookies cleared) or paused (Kraken unreachable or rate-limited: its cookies
 * kept). The login redirect passes the reason on as {@code error}.
 *
 * @param reason why, e.g. {@code SESSION_EXPIRED}, {@code KRAKEN_UNAVAILABLE} or {@code RATE_LIMITED}
 */
public record LostSession(AuthErrorCode reason) {
}
