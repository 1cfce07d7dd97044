package dev.portalauth.internal.chain;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import dev.portalauth.AuthErrorCode;
import dev.portalauth.KrakenException;
import dev.portalauth.internal.kraken.KrakenOAuth;
import dev.portalauth.internal.kraken.ObtainedToken;

/** Kraken's OAuth token endpoint as a unit spec scripts it: what each grant answers, and how many calls were made. */
public final class FakeKrakenOAuth extends KrakenOAuth {

    public final AtomicInteger codeExchanges = new AtomicInteger();
    final AtomicInteger refreshes = new AtomicInteger();
    /** The code verifier of the last code exchange, to check PKCE end to end. */
    public volatile String lastCodeVerifier;
    public volatile String lastRedirectUri;
    public Supplier<ObtainedToken> codeAnswer = () -> {
        throw new KrakenException(AuthErrorCode.OAUTH_FAILED, List.of(), "invalid_grant");
    };
    Supplier<ObtainedToken> refreshAnswer = () -> {
        throw new KrakenException(AuthErrorCode.SESSION_EXPIRED, List.of(), "invalid_grant");
    };

    @Override
    public ObtainedToken exchangeCode(String code, String codeVerifier, String redirectUri, String clientIp) {
        codeExchanges.incrementAndGet();
        lastCodeVerifier = codeVerifier;
        lastRedirectUri = redirectUri;
        return codeAnswer.get();
    }

    @Override
    public ObtainedToken refresh(String refreshToken, String clientIp) {
        refreshes.incrementAndGet();
        return refreshAnswer.get();
    }
}
