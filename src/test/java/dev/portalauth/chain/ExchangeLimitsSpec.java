package dev.portalauth.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.portalauth.AuthErrorCode;
import dev.portalauth.KrakenException;
import dev.portalauth.kraken.ScriptedTransport;
import dev.portalauth.limits.LimitedOperation;
import dev.portalauth.limits.Rate;
import dev.portalauth.limits.RateLimitedException;

/**
 * SPEC 9 for pre-signed keys: a client's exchanges are limited per Kraken call it makes itself;
 * joining an exchange in flight or meeting a key Kraken refused lately costs no token, and such a
 * key is refused again without a call for the refused-key memory.
 */
class ExchangeLimitsSpec {

    private static final String CLIENT = "198.51.100.7";

    private final ChainFixture chain = new ChainFixture();
    private final ScriptedTransport kraken = new ScriptedTransport();
    private final ExecutorService pool = Executors.newFixedThreadPool(10);
    private final KeyExchanger exchanger = new KeyExchanger(
            kraken.authentication(Map.of(LimitedOperation.EXCHANGE, new Rate(2, Duration.ofMinutes(1))), chain.clock),
            chain.verifier.tokens(), chain.sessionCookies, new RefusedKeys(100, Duration.ofMinutes(1), chain.clock),
            100, chain.clock);

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    private AuthErrorCode refusalOf(String key) {
        return assertThrows(KrakenException.class, () -> exchanger.exchange(key, CLIENT)).authError().orElseThrow();
    }

    @Test
    void beyond_the_limit_the_client_is_rate_limited_without_a_kraken_call() {
        refusalOf("random-1");
        refusalOf("random-2");

        assertThrows(RateLimitedException.class, () -> exchanger.exchange("random-3", CLIENT));
        assertEquals(2, kraken.calls.get());
    }

    @Test
    void a_key_kraken_refused_is_refused_again_without_a_call_or_a_token_until_the_memory_ends() {
        assertEquals(AuthErrorCode.PRE_SIGNED_KEY_INVALID, refusalOf("dead-key"));
        for (int i = 0; i < 5; i++) {
            assertEquals(AuthErrorCode.PRE_SIGNED_KEY_INVALID, refusalOf("dead-key"));
        }
        assertEquals(1, kraken.calls.get());

        refusalOf("another-dead-key"); // the second of two tokens: the replays took none
        assertEquals(2, kraken.calls.get());

        chain.clock.advance(Duration.ofMinutes(2));
        refusalOf("dead-key");
        assertEquals(3, kraken.calls.get(), "asked again once the memory ended");
    }

    @Test
    void a_rate_limited_key_is_not_remembered_as_refused() {
        refusalOf("random-1");
        refusalOf("random-2");
        String good = chain.krakenToken("PRE-SIGNED-KEY");
        kraken.answer = () -> ScriptedTransport.token(good);
        assertThrows(RateLimitedException.class, () -> exchanger.exchange("good-key", CLIENT));

        chain.clock.advance(Duration.ofMinutes(1));

        assertEquals(good, exchanger.exchange("good-key", CLIENT).token().raw());
    }

    @Test
    void concurrent_requests_with_the_same_key_make_one_call_and_take_one_token() throws Exception {
        String good = chain.krakenToken("PRE-SIGNED-KEY");
        kraken.answer = ScriptedTransport.slowly(Duration.ofMillis(300), () -> ScriptedTransport.token(good));
        List<Future<KeyExchanger.Exchanged>> results = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            results.add(pool.submit(() -> exchanger.exchange("shared-key", CLIENT)));
        }
        for (Future<KeyExchanger.Exchanged> result : results) {
            assertEquals(good, result.get().token().raw());
        }
        assertEquals(1, kraken.calls.get());

        kraken.answer = () -> ScriptedTransport.refusal("KT-CT-1129");
        assertEquals(AuthErrorCode.PRE_SIGNED_KEY_INVALID, refusalOf("random-1"), "one token left");
        assertThrows(RateLimitedException.class, () -> exchanger.exchange("random-2", CLIENT));
    }
}
