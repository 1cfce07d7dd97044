package dev.portalauth.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
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
import java.util.Date;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Verifies the Kraken tokens held in cookies. With a JWKS the signature is checked against it
 * (asymmetric algorithms only); without one the token is only decoded and checked for shape and
 * expiry, because Kraken itself verifies it on every call. Verified tokens are cached until
 * their {@code exp}, so a repeated {@link #verify} is a single map lookup.
 */
public final class KrakenTokenVerifier {

    private static final Logger LOG = Logger.getLogger(KrakenTokenVerifier.class.getName());

    /** What a JWKS may vouch for: never HMAC (a public JWKS cannot hold a shared secret), never none. */
    static final Set<JWSAlgorithm> ASYMMETRIC_ALGORITHMS = Set.of(
            JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512,
            JWSAlgorithm.PS256, JWSAlgorithm.PS384, JWSAlgorithm.PS512,
            JWSAlgorithm.ES256, JWSAlgorithm.ES384, JWSAlgorithm.ES512);

    /** Decode-only mode also takes Kraken's HMAC-signed tokens: their signature is Kraken's to check. */
    static final Set<JWSAlgorithm> DECODE_ONLY_ALGORITHMS = union(ASYMMETRIC_ALGORITHMS,
            Set.of(JWSAlgorithm.HS256, JWSAlgorithm.HS384, JWSAlgorithm.HS512));

    /** Only consulted on a cache miss; {@code null} in decode-only mode. */
    private final DefaultJWTProcessor<SecurityContext> processor;
    private final Set<JWSAlgorithm> algorithms;
    private final ExpiringCache<String, KrakenToken> verified;
    private final Clock clock;
    private final AtomicBoolean jwksUnavailableReported = new AtomicBoolean();

    /**
     * @param jwksUri         Kraken's JWKS ({@code kraken.jwks-uri}); empty for decode-only mode
     * @param connectTimeout  bound on connecting to the JWKS
     * @param readTimeout     bound on reading the JWKS
     * @param maxCachedTokens bound on the verified-token cache
     * @param clock           the time source for expiry
     * @throws InvalidKeyConfigException when the URI is not a usable URL
     */
    public KrakenTokenVerifier(Optional<URI> jwksUri, Duration connectTimeout, Duration readTimeout,
                               int maxCachedTokens, Clock clock) {
        this(jwksUri.map(uri -> remoteJwks(uri, connectTimeout, readTimeout)), maxCachedTokens, clock);
        if (jwksUri.isEmpty()) {
            LOG.warning("KPA-TOKEN-002 " + ConfigKeys.JWKS_URI + " is not set: Kraken token signatures are not"
                    + " checked here, only their shape and expiry (Kraken verifies them on every call)");
        }
    }

    /** With a key source of the test's choosing. */
    KrakenTokenVerifier(JWKSource<SecurityContext> jwks, int maxCachedTokens, Clock clock) {
        this(Optional.of(jwks), maxCachedTokens, clock);
    }

    private KrakenTokenVerifier(Optional<JWKSource<SecurityContext>> jwks, int maxCachedTokens, Clock clock) {
        this.processor = jwks.map(KrakenTokenVerifier::processor).orElse(null);
        this.algorithms = jwks.isPresent() ? ASYMMETRIC_ALGORITHMS : DECODE_ONLY_ALGORITHMS;
        this.verified = new ExpiringCache<>(maxCachedTokens, clock);
        this.clock = clock;
    }

    /** The token when it is well formed, correctly signed (when a JWKS is configured) and not expired. */
    public Optional<KrakenToken> verify(String raw) {
        if (raw == null || raw.length() > CompactJws.MAX_CHARS) { // not even worth hashing
            return Optional.empty();
        }
        KrakenToken cached = verified.get(raw);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<KrakenToken> token = CompactJws.parse(raw).flatMap(jwt -> verifyUncached(raw, jwt));
        token.ifPresent(t -> verified.put(raw, t, t.expiresAt()));
        return token;
    }

    private Optional<KrakenToken> verifyUncached(String raw, SignedJWT jwt) {
        if (!algorithms.contains(jwt.getHeader().getAlgorithm())) {
            return Optional.empty();
        }
        try {
            // Shape and expiry before the signature: a refused token costs no signature check. The
            // expired access token of every request in a refresh burst is the common case (bench/run).
            if (!hasShapeAndIsLive(jwt.getJWTClaimsSet())) {
                return Optional.empty();
            }
            JWTClaimsSet claims = processor == null ? jwt.getJWTClaimsSet() : checkSignature(jwt);
            return Optional.of(new KrakenToken(raw, claims));
        } catch (KeySourceException e) {
            if (jwksUnavailableReported.compareAndSet(false, true)) {
                LOG.warning("KPA-TOKEN-003 the Kraken JWKS cannot be fetched; Kraken tokens are"
                        + " refused until it can: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            }
            return Optional.empty();
        } catch (ParseException | JOSEException | BadJOSEException e) {
            return Optional.empty();
        }
    }

    private JWTClaimsSet checkSignature(SignedJWT jwt) throws BadJOSEException, JOSEException {
        JWTClaimsSet claims = processor.process(jwt, null);
        if (jwksUnavailableReported.compareAndSet(true, false)) {
            LOG.info("KPA-TOKEN-004 the Kraken JWKS is reachable again");
        }
        return claims;
    }

    private boolean hasShapeAndIsLive(JWTClaimsSet claims) {
        Date expiry = claims.getExpirationTime();
        return claims.getSubject() != null
                && claims.getIssueTime() != null
                && expiry != null
                && expiry.getTime() > clock.millis();
    }

    private static DefaultJWTProcessor<SecurityContext> processor(JWKSource<SecurityContext> jwks) {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ASYMMETRIC_ALGORITHMS, jwks));
        // Kraken tokens carry whatever typ Kraken chooses; claims are checked here, against our clock.
        processor.setJWSTypeVerifier((type, context) -> { });
        processor.setJWTClaimsSetVerifier(null);
        return processor;
    }

    private static JWKSource<SecurityContext> remoteJwks(URI uri, Duration connectTimeout, Duration readTimeout) {
        URL url;
        try {
            url = uri.toURL();
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new InvalidKeyConfigException(InvalidKeyConfigException.BAD_JWKS_URI, ConfigKeys.JWKS_URI,
                    "not an absolute URL: " + uri);
        }
        DefaultResourceRetriever retriever = new DefaultResourceRetriever(
                Math.toIntExact(connectTimeout.toMillis()), Math.toIntExact(readTimeout.toMillis()),
                JWKSourceBuilder.DEFAULT_HTTP_SIZE_LIMIT);
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
