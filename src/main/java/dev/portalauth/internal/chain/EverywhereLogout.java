package dev.portalauth.internal.chain;

import dev.portalauth.AuthMethod;

/**
 * Who may log out everywhere: the customer's own session — an access-token session (OAuth ones
 * included), or one whose access token lapsed but whose refresh token the module bound. Never a
 * masquerade (a support agent must not log the customer out of every device), a mobile web view
 * (the app owns that session) or a scoped session (a link is not the customer).
 */
final class EverywhereLogout {

    private EverywhereLogout() {
    }

    static boolean allowed(AuthMethod method, boolean boundRefreshToken) {
        return method == AuthMethod.ACCESS_TOKEN || method == AuthMethod.NONE && boundRefreshToken;
    }
}
