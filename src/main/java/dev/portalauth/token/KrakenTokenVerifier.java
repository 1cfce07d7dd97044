package dev.portalauth.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import dev.portalauth.support.ExpiringCache;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads the Kraken tokens held in cookies. {@link #decode} checks what every credential needs
 * whatever proves it (SPEC 8 "usable now": shape, an allowed algorithm, {@code exp} in the
 * future, {@code nbf}/{@code iat} no more than 60 s ahead); {@link #signature} checks the
 * signature against Kraken's JWKS when one is configured (asymmetric algorithms only). Both are
 * remembered per token until its {@code exp}, so a warm request costs one map lookup.
 */
public final class KrakenTokenVerifier {

    private static final Logger LOG = Logger.getLogger(KrakenTokenVerifier.class.getName());

    /** Tolerance for {@code iat}/{@code nbf} in the future: Kraken's clock and ours differ slightly. */
    static final Duration CLOCK_SKEW = ModuleTokens.CLOCK_SKEW;

    /** What a JWKS may vouch for: never HMAC (a public JWKS cannot hold a shared secret), never none. */
    static final Set<JWSAlgorithm> ASYMMETRIC_ALGORITHMS = Set.of(
            JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512,
            JWSAlgorithm.PS256, JWSAlgorithm.PS384, JWSAlgorithm.PS512,
            JWSAlgorithm.ES256, JWSAlgorithm.ES384, JWSAlgorithm.ES512);

    /** Kraken signs with RSA or HMAC; an HMAC token is proven by its binding or by Kraken, never by a JWKS. */
    static final Set<JWSAlgorithm> KRAKEN_ALGORITHMS = union(ASYMMETRIC_ALGORITHMS,
            Set.of(JWSAlgorithm.HS256, JWSAlgorithm.HS384, JWSAlgorithm.HS512));

    /** {@code null} without a JWKS. */
    private final DefaultJWTProcessor<SecurityContext> processor;
    private final ExpiringCache<String, KrakenToken> decoded;
    private final Clock clock;
    private final AtomicBoolean jwksUnavailableReported = new AtomicBoolean();
    /** {@code null} without a JWKS fetched over HTTP. */
    private final JwksFetches fetches;
    private final JWKSource<SecurityContext> jwks;

    /**
     * @param jwksUri         Kraken's JWKS ({@code kraken.jwks-uri}); empty when signatures are not checked here
     * @param connectTimeout  bound on connecting to the JWKS
     * @param readTimeout     bound on reading the JWKS
     * @param maxCachedTokens bound on the decoded-token cache
     * @param clock           the time source for expiry
     * @throws InvalidKeyConfigException when the URI is not a usable URL
     */
    public KrakenTokenVerifier(Optional<URI> jwksUri, Duration connectTimeout, Duration readTimeout,
                               int maxCachedTokens, Clock clock) {
        this(jwksUri.map(uri -> new JwksFetches(retriever(connectTimeout, readTimeout), clock)), jwksUri,
                maxCachedTokens, clock);
        if (jwksUri.isEmpty()) {
            LOG.warning("KPA-TOKEN-002 " + ConfigKeys.JWKS_URI + " is not set: a Kraken token in a cookie is"
                    + " proven only by the module's binding (mobile-web-view tokens: by one confirmation"
                    + " with Kraken)");
        }
    }

    /** With a key source of the test's choosing. */
    KrakenTokenVerifier(JWKSource<SecurityContext> jwks, int maxCachedTokens, Clock clock) {
        this(jwks, null, maxCachedTokens, clock);
    }

    private KrakenTokenVerifier(Optional<JwksFetches> fetches, Optional<URI> jwksUri, int maxCachedTokens,
                                Clock clock) {
        this(jwksUri.map(uri -> remoteJwks(uri, fetches.orElseThrow())).orElse(null), fetches.orElse(null),
                maxCachedTokens, clock);
    }

    private KrakenTokenVerifier(JWKSource<SecurityContext> jwks, JwksFetches fetches, int maxCachedTokens,
                                Clock clock) {
        this.jwks = jwks;
        this.fetches = fetches;
        this.processor = jwks == null ? null : processor(jwks);
        this.decoded = new ExpiringCache<>(maxCachedTokens, clock);
        this.clock = clock;
    }

    /**
     * Fetches the JWKS now unless cached (at start-up; the start-up check calls it again to retry).
     * Never throws.
     *
     * @return true when keys are at hand (or no JWKS is configured)
     */
    public boolean fetchJwks() {
        if (jwks == null) {
            return true;
        }
        try {
            jwks.get(new JWKSelector(new JWKMatcher.Builder().build()), null);
        } catch (KeySourceException e) {
            return false;
        }
        return fetches == null || fetches.fetchedAt().isPresent();
    }

    /** When the JWKS was last fetched successfully (health and metrics report its age); empty before that. */
    public Optional<Instant> jwksFetchedAt() {
        return fetches == null ? Optional.empty() : fetches.fetchedAt();
    }

    /** How many decoded Kraken tokens are remembered now (a metric). */
    public int cachedTokens() {
        return decoded.size();
    }

    /** True when a JWKS is configured, so {@link #signature} can prove a token. */
    public boolean checksSignatures() {
        return processor != null;
    }

    /**
     * The token when it is a well-formed Kraken JWT that is usable now; nothing is proven about
     * who issued it yet.
     */
    public Optional<KrakenToken> decode(String raw) {
        if (raw == null || raw.length() > CompactJws.MAX_CHARS) { // not even worth hashing
            return Optional.empty();
        }
        KrakenToken cached = decoded.get(raw);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<KrakenToken> token = CompactJws.parse(raw).flatMap(jwt -> decodeUncached(raw, jwt));
        token.ifPresent(t -> decoded.put(raw, t, t.expiresAt()));
        return token;
    }

    /**
     * The token's signature against the JWKS: proven, refused (no JWKS, HMAC, a key Kraken does not
     * publish, a bad signature) or undecided (the JWKS cannot be fetched now).
     */
    public Verdict signature(KrakenToken token) {
        Verdict known = token.signature();
        if (known != null) {
            return known;
        }
        Verdict verdict = signatureUncached(token);
        if (verdict != Verdict.UNDECIDED) {
            token.signature(verdict);
        }
        return verdict;
    }

    private Verdict signatureUncached(KrakenToken token) {
        if (processor == null) {
            return Verdict.REFUSED;
        }
        try {
            SignedJWT jwt = SignedJWT.parse(token.raw());
            if (!ASYMMETRIC_ALGORITHMS.contains(jwt.getHeader().getAlgorithm())) {
                return Verdict.REFUSED;
            }
            processor.process(jwt, null);
            if (jwksUnavailableReported.compareAndSet(true, false)) {
                LOG.info("KPA-TOKEN-004 the Kraken JWKS is reachable again");
            }
            return Verdict.PROVEN;
        } catch (KeySourceException e) {
            if (jwksUnavailableReported.compareAndSet(false, true)) {
                LOG.warning("KPA-TOKEN-003 the Kraken JWKS cannot be fetched; tokens it would prove grant"
                        + " nothing (and are kept) until it can: " + e.getClass().getSimpleName());
            }
            return Verdict.UNDECIDED;
        } catch (ParseException | JOSEException | BadJOSEException | RuntimeException e) {
            return Verdict.REFUSED;
        }
    }

    private Optional<KrakenToken> decodeUncached(String raw, SignedJWT jwt) {
        if (!KRAKEN_ALGORITHMS.contains(jwt.getHeader().getAlgorithm())) {
            return Optional.empty();
        }
        try {
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            return isUsableNow(claims) ? Optional.of(new KrakenToken(raw, claims)) : Optional.empty();
        } catch (ParseException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private boolean isUsableNow(JWTClaimsSet claims) {
        long now = clock.millis();
        long latestIssue = now + CLOCK_SKEW.toMillis();
        Date expiry = claims.getExpirationTime();
        Date issued = claims.getIssueTime();
        Date notBefore = claims.getNotBeforeTime();
        return claims.getSubject() != null
                && expiry != null && expiry.getTime() > now
                && issued != null && issued.getTime() <= latestIssue
                && (notBefore == null || notBefore.getTime() <= latestIssue);
    }

    private static DefaultJWTProcessor<SecurityContext> processor(JWKSource<SecurityContext> jwks) {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ASYMMETRIC_ALGORITHMS, jwks));
        // Kraken tokens carry whatever typ Kraken chooses; claims were checked by decode, against our clock.
        processor.setJWSTypeVerifier((type, context) -> { });
        processor.setJWTClaimsSetVerifier(null);
        return processor;
    }

    private static DefaultResourceRetriever retriever(Duration connectTimeout, Duration readTimeout) {
        return new DefaultResourceRetriever(Math.toIntExact(connectTimeout.toMillis()),
                Math.toIntExact(readTimeout.toMillis()), JWKSourceBuilder.DEFAULT_HTTP_SIZE_LIMIT);
    }

    private static JWKSource<SecurityContext> remoteJwks(URI uri, JwksFetches retriever) {
        URL url;
        try {
            url = uri.toURL();
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new InvalidKeyConfigException(InvalidKeyConfigException.BAD_JWKS_URI, ConfigKeys.JWKS_URI,
                    "not an absolute URL: " + uri);
        }
        // Cached and rate limited (unknown kids trigger at most one refetch per interval); no
        // refresh-ahead, which would start unmanaged threads inside the application server.
        return JWKSourceBuilder.<SecurityContext>create(url, retriever)
                .cache(true)
                .refreshAheadCache(false)
                .rateLimited(true)
                .retrying(false)
                .build();
    }

    private static Set<JWSAlgorithm> union(Set<JWSAlgorithm> a, Set<JWSAlgorithm> b) {
        return Stream.concat(a.stream(), b.stream()).collect(Collectors.toUnmodifiableSet());
    }
}
