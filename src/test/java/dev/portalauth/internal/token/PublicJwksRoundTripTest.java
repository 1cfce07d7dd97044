package dev.portalauth.internal.token;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Another service, holding only the published JWKS, verifies what the module signs: plain Nimbus
 * with the JDK's own providers, although the module signs ES256 in BouncyCastle ({@link JwsCrypto}).
 */
class PublicJwksRoundTripTest {

    @ParameterizedTest
    @ValueSource(strings = {"rsa-2048.pem", "ec-p256.pem"})
    void aTokenSignedByTheModuleVerifiesWithPlainNimbusAndThePublishedJwks(String pem) throws Exception {
        ModuleKeys keys = Fixtures.keysFromPem(pem);
        Clock clock = Clock.systemUTC();
        String raw = new ModuleTokens(keys, "kraken-portal-auth", clock, 10)
                .sign(TokenKind.GUEST, Map.of("sub", "G-1"), clock.instant().plus(Duration.ofMinutes(5)));

        // As the other service would: only the JSON served at /api/auth/jwks.json.
        JWKSet published = JWKSet.parse(keys.publicJwks().toString());
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(
                Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256), new ImmutableJWKSet<>(published)));
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(new JOSEObjectType("kpa-guest+jwt")));

        JWTClaimsSet claims = processor.process(raw, null);
        assertEquals("G-1", claims.getSubject());
        assertEquals("kraken-portal-auth", claims.getIssuer());
    }
}
