package dev.portalauth.simulator;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Counts GraphQL and OAuth token calls, in all and per counter name, safely under concurrent requests. */
final class CallCounter {

    /** Always present in a snapshot, 0 when never called, so tests can read them unconditionally. */
    static final List<String> REPORTED = List.of(
            "obtainKrakenToken", "obtainKrakenToken.preSignedKey", "obtainKrakenToken.email",
            "obtainKrakenToken.refreshToken", "masqueradeAuthentication", "account", "viewer",
            "invalidateRefreshToken", "forceReauthentication", "generatePreSignedToken", "invalidatePreSignedToken",
            OAuthServer.TOKEN_COUNTER, OAuthServer.TOKEN_COUNTER + ".authorization_code",
            OAuthServer.TOKEN_COUNTER + ".refresh_token");

    private final LongAdder total = new LongAdder();
    private final Map<String, LongAdder> byName = new ConcurrentHashMap<>();

    void count(Collection<String> counterNames) {
        total.increment();
        counterNames.forEach(name -> byName.computeIfAbsent(name, n -> new LongAdder()).increment());
    }

    /** {@code total}, then the reported names, then any other name seen, alphabetically. */
    Map<String, Long> snapshot() {
        Map<String, Long> snapshot = new LinkedHashMap<>();
        snapshot.put("total", total.sum());
        REPORTED.forEach(name -> snapshot.put(name, sum(name)));
        new TreeMap<>(byName).forEach((name, count) -> snapshot.putIfAbsent(name, count.sum()));
        return snapshot;
    }

    void reset() {
        total.reset();
        byName.clear();
    }

    private long sum(String name) {
        LongAdder adder = byName.get(name);
        return adder == null ? 0 : adder.sum();
    }
}
