package dev.portalauth.kraken;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import dev.portalauth.limits.InMemoryTokenBuckets;
import dev.portalauth.limits.LimitedOperation;
import dev.portalauth.limits.Rate;
import dev.portalauth.limits.RateLimits;

/**
 * Kraken's side of {@link KrakenTransport} as a unit spec scripts it: every call counted, each
 * answered by {@link #answer}; with {@link #authentication} the module's real
 * {@link KrakenAuthentication} (and so its rate limits) runs in front of it.
 */
public final class ScriptedTransport extends KrakenTransport {

    public final AtomicInteger calls = new AtomicInteger();
    public volatile Supplier<GraphqlResult> answer = () -> refusal("KT-CT-1129");

    @Override
    public GraphqlResult send(Endpoint endpoint, String operation, String document, JsonObject variables,
                              String authorization, String clientIp) {
        calls.incrementAndGet();
        return answer.get();
    }

    /** The module's Kraken authentication over this transport, with {@code rates} per client. */
    public KrakenAuthentication authentication(Map<LimitedOperation, Rate> rates, Clock clock) {
        KrakenAuthentication kraken = new KrakenAuthentication();
        kraken.transport = this;
        kraken.limits = new RateLimits(new EnumMap<>(rates), new InMemoryTokenBuckets(1000, clock), clock);
        return kraken;
    }

    public static GraphqlResult token(String raw) {
        JsonObject data = Json.createObjectBuilder()
                .add("obtainKrakenToken", Json.createObjectBuilder().add("token", raw)).build();
        return new GraphqlResult(data, List.of(), false);
    }

    public static GraphqlResult refusal(String errorCode) {
        return new GraphqlResult(null, List.of(errorCode), true);
    }

    /** Answers {@code result} after {@code delay}, so concurrent callers meet one call in flight. */
    public static Supplier<GraphqlResult> slowly(Duration delay, Supplier<GraphqlResult> result) {
        return () -> {
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return result.get();
        };
    }
}
