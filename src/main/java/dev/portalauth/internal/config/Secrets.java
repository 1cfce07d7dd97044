package dev.portalauth.internal.config;

import java.net.URI;
import java.util.Optional;

/** How secrets show in a settings record's {@code toString}: whether one is set, never what it is. */
final class Secrets {

    private Secrets() {
    }

    static String shown(Optional<String> secret) {
        return secret.isPresent() ? "(set)" : "(unset)";
    }

    /** A URL without the user information it may carry (a password, a token). */
    static String shown(URI url) {
        return url == null || url.getRawUserInfo() == null ? String.valueOf(url)
                : url.toString().replace(url.getRawUserInfo() + "@", "(hidden)@");
    }
}
