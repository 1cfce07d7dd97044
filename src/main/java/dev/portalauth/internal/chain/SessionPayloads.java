package dev.portalauth.internal.chain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

import dev.portalauth.AuthMethod;
import dev.portalauth.internal.cookie.CookieNames;
import dev.portalauth.internal.cookie.CookieWriter;
import dev.portalauth.internal.cookie.SessionCookies;
import dev.portalauth.internal.token.ReservedClaims;
import dev.portalauth.internal.token.SessionPayload;
import dev.portalauth.internal.token.SessionPayloadCodec;

/**
 * The signed {@code sessionPayload} cookie: claims carried into a logged-in session, bound to the
 * Kraken {@code sub} they were merged for. A payload for another {@code sub} is dropped.
 */
public final class SessionPayloads {

    private static final Logger LOG = Logger.getLogger(SessionPayloads.class.getName());

    private final SessionPayloadCodec codec;
    private final CookieWriter cookies;
    private final String cookieName;
    private final Clock clock;

    SessionPayloads(SessionPayloadCodec codec, CookieWriter cookies, CookieNames names, Clock clock) {
        this.codec = codec;
        this.cookies = cookies;
        this.cookieName = names.sessionPayload();
        this.clock = clock;
    }

    /** Overlays the payload on the session when it belongs to it; clears it when forged or someone else's. */
    void read(RequestAuth auth) {
        if (auth.cookieRefused(cookieName)) {
            cookies.clear(auth.response(), cookieName);
            return;
        }
        String raw = auth.cookie(cookieName);
        if (raw == null || auth.method() == AuthMethod.NONE) {
            // No session now (perhaps Kraken is briefly down): keep the payload for when it is back.
            return;
        }
        SessionPayload payload = codec.read(raw).orElse(null);
        if (payload == null || !payload.krakenSub().equals(auth.token().subject())) {
            cookies.clear(auth.response(), cookieName);
            return;
        }
        auth.payload(payload.claims(), payload.expiresAt());
    }

    /**
     * Adds {@code claims} (reserved and Kraken claims skipped) and re-issues the cookie on this response.
     *
     * @throws IllegalArgumentException when the payload would exceed {@code kraken.auth.cookie.max-claims-bytes};
     *                                  nothing is set then
     */
    public void merge(RequestAuth auth, Map<String, ?> claims) {
        Map<String, Object> merged = mergeable(auth);
        claims.forEach((name, value) -> {
            if (mayCarry(auth, name)) {
                merged.put(name, value);
            }
        });
        write(auth, merged);
    }

    /**
     * At login: adds what fits of {@code claims}, in their order, and logs the names (never the
     * values) of those that do not — the login itself never fails for them.
     */
    public void mergeWhatFits(RequestAuth auth, Map<String, ?> claims) {
        Map<String, Object> merged = mergeable(auth);
        List<String> dropped = new ArrayList<>();
        claims.forEach((name, value) -> {
            if (!mayCarry(auth, name)) {
                return;
            }
            Object before = merged.put(name, value);
            if (!codec.fits(merged)) {
                dropped.add(name);
                if (before == null) {
                    merged.remove(name);
                } else {
                    merged.put(name, before);
                }
            }
        });
        if (!dropped.isEmpty()) {
            SessionMessages.GUEST_CLAIMS_DROPPED.log(LOG, dropped);
        }
        write(auth, merged);
    }

    private static Map<String, Object> mergeable(RequestAuth auth) {
        if (!auth.method().isFull()) {
            throw new IllegalStateException(SessionMessages.PAYLOAD_WITHOUT_LOGIN.format());
        }
        return new LinkedHashMap<>(auth.payloadClaims());
    }

    private static boolean mayCarry(RequestAuth auth, String name) {
        return !ReservedClaims.NAMES.contains(name) && !auth.token().claims().containsKey(name);
    }

    private void write(RequestAuth auth, Map<String, Object> merged) {
        Instant expiresAt = auth.sessionExpiresAt() != null ? auth.sessionExpiresAt()
                : auth.payloadExpiresAt() != null ? auth.payloadExpiresAt()
                : clock.instant().plus(SessionCookies.DEFAULT_REFRESH_LIFETIME);
        String raw = codec.encode(auth.token().subject(), merged, expiresAt);
        cookies.set(auth.response(), cookieName, raw,
                Math.max(0, expiresAt.getEpochSecond() - clock.instant().getEpochSecond()));
        auth.payload(merged, expiresAt);
    }
}
