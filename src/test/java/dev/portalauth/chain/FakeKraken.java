package dev.portalauth.chain;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import dev.portalauth.AuthErrorCode;
import dev.portalauth.KrakenException;
import dev.portalauth.kraken.KrakenAuthentication;
import dev.portalauth.kraken.ObtainedToken;

/** Kraken's authentication as a unit spec scripts it: what each call answers, and how many were made. */
final class FakeKraken extends KrakenAuthentication {

    final AtomicInteger refreshes = new AtomicInteger();
    final AtomicInteger confirmations = new AtomicInteger();
    final AtomicInteger exchanges = new AtomicInteger();
    Supplier<ObtainedToken> exchangeAnswer = () -> {
        throw new KrakenException(AuthErrorCode.PRE_SIGNED_KEY_INVALID, List.of("KT-CT-1129"), "refused");
    };
    Supplier<ObtainedToken> refreshAnswer = () -> {
        throw new KrakenException(AuthErrorCode.SESSION_EXPIRED, List.of("KT-CT-1135"), "refused");
    };
    Supplier<Boolean> confirmAnswer = () -> true;

    @Override
    public ObtainedToken exchangePreSignedKey(String preSignedKey, String clientIp) {
        exchanges.incrementAndGet();
        return exchangeAnswer.get();
    }

    @Override
    public ObtainedToken refresh(String refreshToken, String clientIp) {
        refreshes.incrementAndGet();
        return refreshAnswer.get();
    }

    @Override
    public boolean acceptsToken(String token, String clientIp) {
        confirmations.incrementAndGet();
        return confirmAnswer.get();
    }

    static KrakenException unavailable() {
        return new KrakenException(AuthErrorCode.KRAKEN_UNAVAILABLE, List.of(), "down");
    }
}
