package dev.portalauth.chain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.portalauth.AuthMethod;
import dev.portalauth.token.ReservedClaims;
import dev.portalauth.token.SessionPayload;
import dev.portalauth.token.SessionPayloadCodec;

/**
 * The signed {@code sessionPayload} cookie: claims carried into a logged-in session, bound to the
 * Kraken {@code sub} they were merged for. A payload for another {@code sub} is dropped.
 */
final class SessionPayloads {

    /** A payload created after login, when the refresh token's expiry is not known: Kraken's refresh lifetime. */
    private static final Duration DEFAULT_LIFETIME = Duration.ofDays(7);

    private final SessionPayloadCodec codec;
    private final CookieWriter cookies;
    private final Clock clock;

    SessionPayloads(SessionPayloadCodec codec, CookieWriter cookies, Clock clock) {
        this.codec = codec;
        this.cookies = cookies;
        this.clock = clock;
    }

    /** Overlays the payload on the session when it belongs to it; clears it when forged or someone else's. */
    void read(RequestAuth auth) {
        String raw = auth.cookie(AuthCookies.SESSION_PAYLOAD);
        if (raw == null || auth.method() == AuthMethod.NONE) {
            // No session now (perhaps Kraken is briefly down): keep the payload for when it is back.
            return;
        }
        SessionPayload payload = codec.read(raw).orElse(null);
        if (payload == null || !payload.krakenSub().equals(auth.token().subject())) {
            cookies.clear(auth.response(), AuthCookies.SESSION_PAYLOAD);
            return;
        }
        auth.payload(payload.claims(), payload.expiresAt());
    }

    /** Adds {@code claims} (reserved and Kraken claims skipped) and re-issues the cookie on this response. */
    void merge(RequestAuth auth, Map<String, ?> claims) {
        if (!auth.method().isFull()) {
            throw new IllegalStateException("KPA-SESSION-002 a session payload needs a logged-in session");
        }
        Map<String, Object> token = auth.token().claims();
        Map<String, Object> merged = new LinkedHashMap<>(auth.payloadClaims());
        claims.forEach((name, value) -> {
            if (!ReservedClaims.NAMES.contains(name) && !token.containsKey(name)) {
                merged.put(name, value);
            }
        });
        Instant expiresAt = auth.sessionExpiresAt() != null ? auth.sessionExpiresAt()
                : auth.payloadExpiresAt() != null ? auth.payloadExpiresAt()
                : clock.instant().plus(DEFAULT_LIFETIME);
        String raw = codec.encode(auth.token().subject(), merged, expiresAt);
        cookies.set(auth.response(), AuthCookies.SESSION_PAYLOAD, raw,
                Math.max(0, expiresAt.getEpochSecond() - clock.instant().getEpochSecond()));
        auth.payload(merged, expiresAt);
    }
}
