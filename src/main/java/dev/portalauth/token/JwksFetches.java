package dev.portalauth.token;

import java.io.IOException;
import java.net.URL;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import com.nimbusds.jose.util.Resource;
import com.nimbusds.jose.util.ResourceRetriever;

/**
 * Nimbus's JWKS retriever, remembering when it last fetched successfully, so health and metrics
 * can report the JWKS's age. A stand-in on branch {@code observe}: branch {@code faults} brings
 * {@code RemoteJwks}, which does this and more (outage tolerance, the breaker); the two public
 * accessors of {@link KrakenTokenVerifier} are the same on both.
 */
final class JwksFetches implements ResourceRetriever {

    private final ResourceRetriever http;
    private final Clock clock;
    private volatile Instant fetchedAt;

    JwksFetches(ResourceRetriever http, Clock clock) {
        this.http = http;
        this.clock = clock;
    }

    @Override
    public Resource retrieveResource(URL url) throws IOException {
        Resource resource = http.retrieveResource(url);
        fetchedAt = clock.instant();
        return resource;
    }

    Optional<Instant> fetchedAt() {
        return Optional.ofNullable(fetchedAt);
    }
}
