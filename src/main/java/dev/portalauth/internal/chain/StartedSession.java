package dev.portalauth.internal.chain;

import java.time.Instant;
import java.util.List;

import dev.portalauth.AuthMethod;
import dev.portalauth.internal.cookie.SessionCookies;
import dev.portalauth.internal.token.KrakenToken;

/**
 * What a login started, for {@link AuthChain#start} to make it the request's session.
 *
 * @param method     the session's kind
 * @param token      Kraken's token for it
 * @param cookies    its cookies, planned whole (checked to fit) before any is written
 * @param outranking the cookies of credentials that would outrank it, cleared when the request carries them
 * @param expiresAt  when the session ends (its refresh token's expiry), or {@code null} when the login did not say
 */
public record StartedSession(AuthMethod method, KrakenToken token, SessionCookies.Planned cookies,
                             List<String> outranking, Instant expiresAt) {

    public StartedSession {
        outranking = List.copyOf(outranking);
    }
}
