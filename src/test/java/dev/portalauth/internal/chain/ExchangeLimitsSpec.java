package dev.portalauth.internal.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.portalauth.AuthErrorCode;
import dev.portalauth.KrakenException;
import dev.portalauth.internal.kraken.ObtainedToken;
import dev.portalauth.internal.limits.RateLimitedException;

/**
 * The fault rules for pre-signed keys: a client's exchanges are limited per Kraken call it makes itself;
 * joining an exchange in flight or meeting a key Kraken refused lately costs no token, and such a
 * key is refused again without a call for the refused-key memory.
 */
class ExchangeLimitsSpec {

    private static final String CLIENT = "198.51.100.7";

    private final ChainFixture chain = new ChainFixture("kraken.auth.rate-limit.exchange", "2/PT1M");
    private final ExecutorService pool = Executors.newFixedThreadPool(10);
    private final KeyExchanger exchanger = new KeyExchanger(chain.kraken, chain.verifier.tokens(), chain.sessionCookies,
            new RefusedKeys(100, Duration.ofMinutes(1), Duration.ofHours(2), chain.clock), chain.limits, 100, chain.clock);

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    private AuthErrorCode refusalOf(String key) {
        return assertThrows(KrakenException.class, () -> exchanger.exchange(key, CLIENT)).authError().orElseThrow();
    }

    private void krakenAnswers(String token, long delayMillis) {
        chain.kraken.exchangeAnswer = () -> {
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new ObtainedToken(token, Optional.empty(), Optional.empty());
        };
    }

    @Test
    void beyond_the_limit_the_client_is_rate_limited_without_a_kraken_call() {
        refusalOf("random-1");
        refusalOf("random-2");

        assertThrows(RateLimitedException.class, () -> exchanger.exchange("random-3", CLIENT));
        assertEquals(2, chain.kraken.exchanges.get());
    }

    @Test
    void a_key_kraken_refused_is_refused_again_without_a_call_or_a_token_until_the_memory_ends() {
        assertEquals(AuthErrorCode.PRE_SIGNED_KEY_INVALID, refusalOf("dead-key"));
        for (int i = 0; i < 5; i++) {
            assertEquals(AuthErrorCode.PRE_SIGNED_KEY_INVALID, refusalOf("dead-key"));
        }
        assertEquals(1, chain.kraken.exchanges.get());

        refusalOf("another-dead-key"); // the second of two tokens: the replays took none
        assertEquals(2, chain.kraken.exchanges.get());

        chain.clock.advance(Duration.ofMinutes(2));
        refusalOf("dead-key");
        assertEquals(3, chain.kraken.exchanges.get(), "asked again once the memory ended");
    }

    @Test
    void a_rate_limited_key_is_not_remembered_as_refused() {
        refusalOf("random-1");
        refusalOf("random-2");
        String good = chain.krakenToken("PRE-SIGNED-KEY");
        krakenAnswers(good, 0);
        assertThrows(RateLimitedException.class, () -> exchanger.exchange("good-key", CLIENT));

        chain.clock.advance(Duration.ofMinutes(1));

        assertEquals(good, exchanger.exchange("good-key", CLIENT).token().raw());
    }

    @Test
    void concurrent_requests_with_the_same_key_make_one_call_and_take_one_token() throws Exception {
        String good = chain.krakenToken("PRE-SIGNED-KEY");
        krakenAnswers(good, 300);
        List<Future<KeyExchanger.Exchanged>> results = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            results.add(pool.submit(() -> exchanger.exchange("shared-key", CLIENT)));
        }
        for (Future<KeyExchanger.Exchanged> result : results) {
            assertEquals(good, result.get().token().raw());
        }
        assertEquals(1, chain.kraken.exchanges.get());

        chain.kraken.exchangeAnswer = new FakeKraken().exchangeAnswer;
        assertEquals(AuthErrorCode.PRE_SIGNED_KEY_INVALID, refusalOf("random-1"), "one token left");
        assertThrows(RateLimitedException.class, () -> exchanger.exchange("random-2", CLIENT));
    }
}
