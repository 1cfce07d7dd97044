package dev.portalauth.internal.chain;

import java.time.Instant;
import java.util.Optional;

import dev.portalauth.internal.kraken.ObtainedToken;

/**
 * A refresh's result as another request (on any node) needs it to set the same session: Kraken's
 * tokens, as text a memory can keep. Held only sealed when shared.
 */
record HandOver(ObtainedToken obtained) {

    private static final char SEPARATOR = '\n';

    String encode() {
        return obtained.token() + SEPARATOR + obtained.refreshToken().orElse("") + SEPARATOR
                + obtained.refreshExpiresAt().map(at -> Long.toString(at.getEpochSecond())).orElse("");
    }

    /** What {@link #encode()} wrote; empty for anything else. */
    static Optional<HandOver> decode(String text) {
        String[] parts = text.split(String.valueOf(SEPARATOR), -1);
        if (parts.length != 3 || parts[0].isEmpty()) {
            return Optional.empty();
        }
        try {
            Optional<Instant> refreshExpiresAt = parts[2].isEmpty() ? Optional.empty()
                    : Optional.of(Instant.ofEpochSecond(Long.parseLong(parts[2])));
            return Optional.of(new HandOver(new ObtainedToken(parts[0],
                    parts[1].isEmpty() ? Optional.empty() : Optional.of(parts[1]), refreshExpiresAt)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return "HandOver[redacted]";
    }
}
