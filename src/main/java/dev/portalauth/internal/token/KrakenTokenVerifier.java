package dev.portalauth.internal.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.BadJWSException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
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

import dev.portalauth.internal.support.ExpiringCache;
import dev.portalauth.internal.support.CallProtection;

/**
 * Reads the Kraken tokens held in cookies. {@link #decode} checks what every credential needs
 * whatever proves it (shape, an allowed algorithm, {@code exp} in the
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
    /** {@code null} without a JWKS fetched over HTTP. */
    private final RemoteJwks remote;
    private final ExpiringCache<String, KrakenToken> decoded;
    private final Clock clock;
    private final AtomicBoolean jwksUnavailableReported = new AtomicBoolean();

    /**
     * @param jwksUri         Kraken's JWKS ({@code kraken.jwks-uri}); empty when signatures are not checked here
     * @param connectTimeout  bound on connecting to the JWKS
     * @param readTimeout     bound on reading the JWKS
     * @param breaker         the JWKS endpoint's circuit breaker
     * @param maxCachedTokens bound on the decoded-token cache
     * @param clock           the time source for expiry
     * @throws InvalidKeyConfigException when the URI is not a usable URL
     */
    public KrakenTokenVerifier(Optional<URI> jwksUri, Duration connectTimeout, Duration readTimeout, CallProtection breaker,
                               int maxCachedTokens, Clock clock) {
        this(jwksUri.map(uri -> new RemoteJwks(url(uri), connectTimeout, readTimeout, RemoteJwks.CACHE_TIME_TO_LIVE,
                RemoteJwks.OUTAGE_TOLERANCE, breaker, clock)), maxCachedTokens, clock);
        if (jwksUri.isEmpty()) {
            TokenMessages.NO_JWKS_URI.log(LOG, ConfigKeys.JWKS_URI);
        }
    }

    /** Without a breaker in front of the JWKS. */
    public KrakenTokenVerifier(Optional<URI> jwksUri, Duration connectTimeout, Duration readTimeout,
                               int maxCachedTokens, Clock clock) {
        this(jwksUri, connectTimeout, readTimeout, CallProtection.NONE, maxCachedTokens, clock);
    }

    /** With a key source of the test's choosing. */
    KrakenTokenVerifier(JWKSource<SecurityContext> jwks, int maxCachedTokens, Clock clock) {
        this.processor = processor(jwks);
        this.remote = null;
        this.decoded = new ExpiringCache<>(maxCachedTokens, clock);
        this.clock = clock;
    }

    /** With a remote JWKS of the test's choosing (cache and outage timings). */
    KrakenTokenVerifier(Optional<RemoteJwks> remote, int maxCachedTokens, Clock clock) {
        this.processor = remote.map(r -> processor(r.source())).orElse(null);
        this.remote = remote.orElse(null);
        this.decoded = new ExpiringCache<>(maxCachedTokens, clock);
        this.clock = clock;
    }

    /**
     * Fetches the JWKS now unless cached (at start-up; a health check may call it again to retry).
     * Never throws: a JWKS that cannot be fetched is retried when a token needs it.
     *
     * @return true when keys are at hand (or no JWKS is configured)
     */
    public boolean fetchJwks() {
        if (remote == null) {
            return true;
        }
        boolean fetched = remote.fetch();
        if (!fetched) {
            TokenMessages.JWKS_NOT_FETCHED_AT_START.log(LOG);
        }
        return fetched;
    }

    /** When the JWKS was last fetched successfully (health and metrics report its age); empty before that. */
    public Optional<Instant> jwksFetchedAt() {
        return remote == null ? Optional.empty() : remote.fetchedAt();
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
                TokenMessages.JWKS_REACHABLE_AGAIN.log(LOG);
            }
            return Verdict.PROVEN;
        } catch (KeySourceException e) {
            if (jwksUnavailableReported.compareAndSet(false, true)) {
                TokenMessages.JWKS_UNAVAILABLE.log(LOG, e.getClass().getSimpleName());
            }
            return Verdict.UNDECIDED;
        } catch (BadJWSException e) {
            return Verdict.REFUSED; // a key Kraken published says the signature is wrong
        } catch (BadJOSEException e) {
            // No key with this id. During a JWKS outage the keys at hand are the last good ones:
            // Kraken may have published this key since, so nothing is decided and the cookie is kept.
            return remote != null && remote.inOutage() ? Verdict.UNDECIDED : Verdict.REFUSED;
        } catch (ParseException | JOSEException | RuntimeException e) {
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

    private static URL url(URI uri) {
        try {
            return uri.toURL();
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new InvalidKeyConfigException(TokenMessages.BAD_JWKS_URI, ConfigKeys.JWKS_URI,
                    "not an absolute URL: " + uri);
        }
    }

    private static Set<JWSAlgorithm> union(Set<JWSAlgorithm> a, Set<JWSAlgorithm> b) {
        return Stream.concat(a.stream(), b.stream()).collect(Collectors.toUnmodifiableSet());
    }
}
