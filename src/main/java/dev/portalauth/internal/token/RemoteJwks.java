package dev.portalauth.internal.token;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jose.util.Resource;
import com.nimbusds.jose.util.ResourceRetriever;

import dev.portalauth.internal.support.CallProtection;

/**
 * Kraken's JWKS over HTTP: cached, rate limited (a key id it does not know
 * triggers at most a refetch per interval), fetched behind the JWKS breaker, and outage tolerant:
 * when a fetch fails, the keys of the last good fetch keep verifying for {@link #OUTAGE_TOLERANCE}.
 * Remembers when the JWKS was last fetched (its age, for health and metrics) and whether the last
 * attempt failed. No refresh-ahead: that would start unmanaged threads inside the server.
 */
final class RemoteJwks implements ResourceRetriever {

    static final Duration CACHE_TIME_TO_LIVE = Duration.ofMinutes(5);
    /** The fault rules ask for at least an hour; a failing endpoint never replaces keys, so longer costs nothing. */
    static final Duration OUTAGE_TOLERANCE = Duration.ofHours(6);

    private final ResourceRetriever http;
    private final CallProtection breaker;
    private final Clock clock;
    private final JWKSource<SecurityContext> source;
    private volatile Instant fetchedAt;
    private volatile boolean lastFetchFailed;

    RemoteJwks(URL url, Duration connectTimeout, Duration readTimeout, Duration cacheTimeToLive,
               Duration outageTolerance, CallProtection breaker, Clock clock) {
        this.http = new DefaultResourceRetriever(Math.toIntExact(connectTimeout.toMillis()),
                Math.toIntExact(readTimeout.toMillis()), JWKSourceBuilder.DEFAULT_HTTP_SIZE_LIMIT);
        this.breaker = breaker;
        this.clock = clock;
        this.source = JWKSourceBuilder.<SecurityContext>create(url, this)
                .cache(cacheTimeToLive.toMillis(), connectTimeout.plus(readTimeout).toMillis())
                .refreshAheadCache(false)
                .outageTolerant(outageTolerance.toMillis())
                // Nimbus wants refetches rate limited within the cache's lifetime (only tests shorten it).
                .rateLimited(Math.min(JWKSourceBuilder.DEFAULT_RATE_LIMIT_MIN_INTERVAL, cacheTimeToLive.toMillis() / 2))
                .retrying(false)
                .build();
    }

    JWKSource<SecurityContext> source() {
        return source;
    }

    /** Fetches the JWKS unless it is cached (at start-up, and later to retry); true when keys are at hand. */
    boolean fetch() {
        try {
            source.get(new JWKSelector(new JWKMatcher.Builder().build()), null);
        } catch (KeySourceException e) {
            return false;
        }
        return fetchedAt != null;
    }

    /** When the JWKS was last fetched successfully; empty before the first success. */
    Optional<Instant> fetchedAt() {
        return Optional.ofNullable(fetchedAt);
    }

    /** Whether the last fetch failed: keys served now may be the last good ones, not Kraken's current set. */
    boolean inOutage() {
        return lastFetchFailed;
    }

    /** Nimbus's fetch, through the breaker; a body that is not a JWKS counts as a failure too. */
    @Override
    public Resource retrieveResource(URL url) throws IOException {
        try {
            Resource resource = breaker.call("jwks", () -> {
                try {
                    Resource fetched = http.retrieveResource(url);
                    JWKSet.parse(fetched.getContent());
                    return fetched;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (ParseException e) {
                    throw new UncheckedIOException(new IOException("the JWKS is not a JWK set"));
                }
            });
            fetchedAt = clock.instant();
            lastFetchFailed = false;
            return resource;
        } catch (UncheckedIOException e) {
            lastFetchFailed = true;
            throw e.getCause();
        } catch (RuntimeException e) {
            lastFetchFailed = true;
            throw new IOException("the JWKS was not fetched: " + e.getClass().getSimpleName());
        }
    }
}
