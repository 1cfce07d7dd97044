package dev.portalauth.internal.chain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import dev.portalauth.AuthErrorCode;
import dev.portalauth.KrakenException;
import dev.portalauth.internal.kraken.KrakenAuthentication;
import dev.portalauth.internal.kraken.ObtainedToken;
import dev.portalauth.internal.kraken.ScriptedKraken;

/** Kraken's authentication as a unit spec scripts it: what each call answers, and how many were made. */
public final class FakeKraken extends KrakenAuthentication {

    final AtomicInteger exchanges = new AtomicInteger();
    final AtomicInteger refreshes = new AtomicInteger();
    final AtomicInteger confirmations = new AtomicInteger();
    /** What a key that is not in {@link #keys} is answered with. */
    Supplier<ObtainedToken> exchangeAnswer = () -> {
        throw new KrakenException(AuthErrorCode.PRE_SIGNED_KEY_INVALID, List.of("KT-CT-1129"), "refused");
    };
    Supplier<ObtainedToken> refreshAnswer = () -> {
        throw new KrakenException(AuthErrorCode.SESSION_EXPIRED, List.of("KT-CT-1135"), "refused");
    };
    Supplier<Boolean> confirmAnswer = () -> true;
    /** The scoped token each known pre-signed key is worth. */
    final Map<String, String> keys = new HashMap<>();

    @Override
    public ObtainedToken exchangePreSignedKey(String preSignedKey, String clientIp) {
        exchanges.incrementAndGet();
        String token = keys.get(preSignedKey);
        return token == null ? exchangeAnswer.get() : new ObtainedToken(token, Optional.empty(), Optional.empty());
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

    /** Kraken answers exchanges, refreshes and confirmations with {@code errors[]} of these codes, read as the module reads them. */
    void answersErrors(String... errorCodes) {
        KrakenAuthentication real = ScriptedKraken.answeringErrors(errorCodes);
        exchangeAnswer = () -> real.exchangePreSignedKey("key", null);
        refreshAnswer = () -> real.refresh("refresh", null);
        confirmAnswer = () -> real.acceptsToken("token", null);
    }

    public static KrakenException unavailable() {
        return new KrakenException(AuthErrorCode.KRAKEN_UNAVAILABLE, List.of(), "down");
    }
}
