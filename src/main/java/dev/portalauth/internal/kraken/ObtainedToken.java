package dev.portalauth.internal.kraken;

import java.time.Instant;
import java.util.Optional;

/** What {@code obtainKrakenToken} gave: the token and, for logins and refreshes, a refresh token with its absolute expiry. */
public record ObtainedToken(String token, Optional<String> refreshToken, Optional<Instant> refreshExpiresAt) {

    @Override
    public String toString() {
        return "ObtainedToken[redacted]";
    }
}
