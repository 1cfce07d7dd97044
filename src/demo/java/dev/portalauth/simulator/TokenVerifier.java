package dev.portalauth.simulator;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks the raw token of an {@code Authorization} header as Kraken does for queries: missing →
 * KT-CT-1111, not a token of this simulator (shape, algorithm, key, signature, issuer) → KT-CT-1143,
 * expired → KT-CT-1124, issued before its user forced reauthentication → KT-CT-1143. Only RS256 with the simulator's own key is accepted, whatever the header
 * says. Verified tokens are cached (bounded) so a repeated token costs one map look-up.
 */
final class TokenVerifier {

    /**
     * Who a verified token speaks for: a user ({@code accountNumber} set for scoped tokens only) or
     * an organisation ({@code organizationId} set, no user).
     */
    record Caller(String userId, String accountNumber, String organizationId) {

        boolean scoped() {
            return accountNumber != null;
        }

        boolean organization() {
            return organizationId != null;
        }
    }

    private record Verified(Caller caller, Instant issuedAt, Instant expiresAt) {
    }

    private static final int CACHE_LIMIT = 1024;

    private final JWSVerifier verifier;
    private final String keyId;
    private final String issuer;
    private final String accountNumberClaim;
    private final Clock clock;
    private final Reauthentications reauthentications;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    TokenVerifier(SigningKey key, String issuer, String accountNumberClaim, Clock clock,
                  Reauthentications reauthentications) {
        try {
            this.verifier = new RSASSAVerifier(key.jwk().toRSAPublicKey());
        } catch (JOSEException e) {
            throw new IllegalArgumentException("SIM-KEY-4: the signing key has no usable public key", e);
        }
        this.keyId = key.keyId();
        this.issuer = issuer;
        this.accountNumberClaim = accountNumberClaim;
        this.clock = clock;
        this.reauthentications = reauthentications;
    }

    /** @throws KrakenFailure with KT-CT-1111, KT-CT-1143 or KT-CT-1124 */
    Caller verify(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            throw KrakenError.UNAUTHORIZED.failure("The 'Authorization' header is missing.");
        }
        String token = authorization.strip();
        Verified result = verified.get(token);
        if (result == null) {
            result = verifySignatureAndClaims(token);
            if (verified.size() >= CACHE_LIMIT) {
                verified.clear(); // crude bound: the simulator sees few distinct tokens
            }
            verified.put(token, result);
        }
        if (!clock.instant().isBefore(result.expiresAt())) {
            throw KrakenError.TOKEN_EXPIRED.failure();
        }
        Caller caller = result.caller();
        if (caller.userId() != null && reauthentications.ended(caller.userId(), result.issuedAt())) {
            throw invalid(); // forceReauthentication ended it
        }
        return caller;
    }

    /** Forgets verified tokens (the control API's reset). */
    void forget() {
        verified.clear();
    }

    private Verified verifySignatureAndClaims(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())
                    || !keyId.equals(jwt.getHeader().getKeyID())
                    || !jwt.verify(verifier)) {
                throw invalid();
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Date expiry = claims.getExpirationTime();
            String subject = claims.getSubject();
            Date issuedAt = claims.getIssueTime();
            if (expiry == null || issuedAt == null || !issuer.equals(claims.getIssuer()) || subject == null) {
                throw invalid();
            }
            String gty = claims.getStringClaim("gty");
            if (TokenIssuer.Grant.ORGANIZATION_SECRET_KEY.gty.equals(gty)
                    && subject.startsWith(TokenIssuer.ORGANIZATION_SUBJECT_PREFIX)) {
                String organizationId = subject.substring(TokenIssuer.ORGANIZATION_SUBJECT_PREFIX.length());
                return new Verified(new Caller(null, null, organizationId), issuedAt.toInstant(),
                        expiry.toInstant());
            }
            if (!subject.startsWith(TokenIssuer.SUBJECT_PREFIX)
                    || TokenIssuer.Grant.ORGANIZATION_SECRET_KEY.gty.equals(gty)) {
                throw invalid(); // an organisation grant never speaks for a user, nor the reverse
            }
            String userId = subject.substring(TokenIssuer.SUBJECT_PREFIX.length());
            boolean scoped = TokenIssuer.Grant.PRE_SIGNED_KEY.gty.equals(gty);
            String accountNumber = scoped ? claims.getStringClaim(accountNumberClaim) : null;
            if (scoped && accountNumber == null) {
                throw invalid(); // a scoped token without its account must never pass for a user token
            }
            return new Verified(new Caller(userId, accountNumber, null), issuedAt.toInstant(),
                    expiry.toInstant());
        } catch (ParseException | JOSEException e) {
            throw invalid();
        }
    }

    private static KrakenFailure invalid() {
        return KrakenError.INVALID_AUTHORIZATION.failure();
    }
}
