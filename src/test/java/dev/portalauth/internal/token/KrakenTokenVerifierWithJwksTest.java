package dev.portalauth.internal.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

import dev.portalauth.internal.support.MutableClock;

/** With a JWKS: a token's signature is proven against Kraken's published keys, asymmetric only, and remembered. */
class KrakenTokenVerifierWithJwksTest {

    private final MutableClock clock = MutableClock.atSystemTime();
    private final AtomicInteger keyLookups = new AtomicInteger();
    private final KrakenTokenVerifier verifier = new KrakenTokenVerifier(countingJwks(), 100, clock);

    @Test
    void aTokenSignedByAPublishedRsaOrEcKeyIsValid() throws Exception {
        for (String raw : List.of(KrakenIssuer.rs256(KrakenIssuer.claims(clock).build()),
                KrakenIssuer.es256(KrakenIssuer.claims(clock).build()))) {
            KrakenToken token = proven(raw).orElseThrow();

            assertEquals("kraken|account-user:123", token.subject());
            assertEquals(raw, token.raw());
        }
    }

    @Test
    void aRepeatedVerifyIsAnsweredFromTheCacheWithoutTouchingKeys() throws Exception {
        String raw = KrakenIssuer.rs256(KrakenIssuer.claims(clock).build());

        KrakenToken first = proven(raw).orElseThrow();
        KrakenToken second = proven(new String(raw.toCharArray())).orElseThrow();

        assertSame(first, second);
        assertEquals(1, keyLookups.get());
    }

    @Test
    void aTokenIsValidUntilItsExpiryEvenWhenCached() throws Exception {
        String raw = KrakenIssuer.rs256(KrakenIssuer.claims(clock).build());
        assertTrue(proven(raw).isPresent());

        clock.advance(Duration.ofMinutes(59).plusSeconds(59));
        assertTrue(proven(raw).isPresent());
        clock.advance(Duration.ofSeconds(1));
        assertEquals(Optional.empty(), proven(raw));
    }

    @Test
    void anExpiredTokenIsRefusedWithoutCheckingItsSignature() throws Exception {
        String raw = KrakenIssuer.rs256(KrakenIssuer.claims(clock).build());
        clock.advance(Duration.ofHours(1));

        assertEquals(Optional.empty(), proven(raw));
        assertEquals(Optional.empty(), proven(raw));
        assertEquals(0, keyLookups.get());
    }

    @Test
    void aBadSignatureIsInvalid() throws Exception {
        String raw = KrakenIssuer.rs256(KrakenIssuer.claims(clock).build());
        String other = KrakenIssuer.rs256(KrakenIssuer.claims(clock).subject("kraken|account-user:999").build());
        String spliced = other.substring(0, other.lastIndexOf('.')) + raw.substring(raw.lastIndexOf('.'));

        assertEquals(Optional.empty(), proven(spliced));
    }

    @Test
    void anUnknownKeyIdIsInvalid() throws Exception {
        assertEquals(Optional.empty(), proven(KrakenIssuer.rs256WithKid(KrakenIssuer.claims(clock).build(), "nope")));
    }

    @Test
    void anHmacTokenIsInvalidWhenAJwksIsConfiguredEvenKeyedWithThePublicKey() throws Exception {
        byte[] publicKeyBytes = KrakenIssuer.RSA.toPublicKey().getEncoded();

        assertEquals(Optional.empty(), proven(KrakenIssuer.hs256(KrakenIssuer.claims(clock).build(), publicKeyBytes)));
    }

    @Test
    void anUnsignedTokenIsInvalid() {
        JWTClaimsSet claims = KrakenIssuer.claims(clock).build();
        String none = Base64URL.encode("{\"alg\":\"none\",\"kid\":\"kraken-rsa\"}") + "." + Base64URL.encode(claims.toString()) + ".";

        assertEquals(Optional.empty(), proven(new PlainJWT(claims).serialize()));
        assertEquals(Optional.empty(), proven(none));
    }

    @Test
    void aTokenWithoutSubjectExpiryOrIssueTimeIsInvalid() throws Exception {
        assertEquals(Optional.empty(), proven(KrakenIssuer.rs256(KrakenIssuer.claims(clock).subject(null).build())));
        assertEquals(Optional.empty(), proven(KrakenIssuer.rs256(KrakenIssuer.claims(clock).expirationTime(null).build())));
        assertEquals(Optional.empty(), proven(KrakenIssuer.rs256(KrakenIssuer.claims(clock).issueTime(null).build())));
    }

    @Test
    void aTokenLargerThan8KbIsInvalidWithoutBeingParsed() throws Exception {
        String raw = KrakenIssuer.rs256(KrakenIssuer.claims(clock).claim("padding", "x".repeat(8 * 1024)).build());

        assertEquals(Optional.empty(), proven(raw));
        assertEquals(0, keyLookups.get());
    }

    @Test
    void aDecodableTokenWithABadSignatureIsRefusedNotUndecided() throws Exception {
        String raw = KrakenIssuer.rs256WithKid(KrakenIssuer.claims(clock).build(), "nope");

        assertEquals(Verdict.REFUSED, verifier.signature(verifier.decode(raw).orElseThrow()));
    }

    /** The token when it decodes and its signature is proven by the JWKS. */
    private Optional<KrakenToken> proven(String raw) {
        return verifier.decode(raw).filter(token -> verifier.signature(token) == Verdict.PROVEN);
    }

    private JWKSource<SecurityContext> countingJwks() {
        ImmutableJWKSet<SecurityContext> jwks = new ImmutableJWKSet<>(KrakenIssuer.publicJwks());
        return (JWKSelector selector, SecurityContext context) -> {
            keyLookups.incrementAndGet();
            return jwks.get(selector, context);
        };
    }
}
