package dev.portalauth.internal.chain;

import java.time.Clock;
import java.time.Instant;

import dev.portalauth.KrakenException;
import dev.portalauth.internal.kraken.KrakenAuthentication;
import dev.portalauth.internal.limits.LimitedOperation;
import dev.portalauth.internal.limits.RateLimits;
import dev.portalauth.internal.shared.LocalMemory;
import dev.portalauth.internal.shared.Memory;
import dev.portalauth.internal.support.SingleFlight;
import dev.portalauth.internal.token.CredentialVerifier;
import dev.portalauth.internal.token.KrakenToken;
import dev.portalauth.internal.token.Verdict;

/**
 * Proves a mobile-web-view token that nothing else can (no binding, no JWKS) by asking Kraken once
 *: concurrent requests with the token share the call, and a confirmation is remembered
 * until the token's {@code exp} (bounded, by hash; by this server or by every node). Kraken
 * unreachable or the client over its confirm limit: undecided, the cookie kept.
 */
final class KrakenConfirmations {

    private static final String CONFIRMED = "1";

    private final KrakenAuthentication kraken;
    private final SingleFlight<String, Boolean> flight;
    private final RateLimits limits;
    private final Memory confirmed;

    /** Remembered in this server's memory. */
    KrakenConfirmations(KrakenAuthentication kraken, RateLimits limits, int maxRemembered, Clock clock) {
        this(kraken, limits, new LocalMemory(maxRemembered, clock), maxRemembered, clock);
    }

    KrakenConfirmations(KrakenAuthentication kraken, RateLimits limits, Memory confirmed, int maxRemembered,
                        Clock clock) {
        this.kraken = kraken;
        this.limits = limits;
        this.confirmed = confirmed;
        this.flight = new SingleFlight<>(maxRemembered, clock);
    }

    /** A confirmation for the request whose client address is {@code clientIp}. */
    CredentialVerifier.Confirmation forClient(String clientIp) {
        return token -> confirm(token, clientIp);
    }

    private Verdict confirm(KrakenToken token, String clientIp) {
        try {
            boolean accepted = flight.run(token.hash(), () -> {
                if (confirmed.get(token.hash()) != null) {
                    return true;
                }
                limits.take(LimitedOperation.CONFIRM, clientIp); // only the request that calls Kraken
                boolean ok = kraken.acceptsToken(token.raw(), clientIp);
                if (ok) {
                    confirmed.put(token.hash(), CONFIRMED, token.expiresAt());
                }
                return ok;
            }, ok -> Instant.EPOCH); // remembered in the memory, which a node may share
            return accepted ? Verdict.PROVEN : Verdict.REFUSED;
        } catch (KrakenException e) {
            return Verdict.UNDECIDED;
        }
    }
}
