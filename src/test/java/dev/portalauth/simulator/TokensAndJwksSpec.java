package dev.portalauth.simulator;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import static dev.portalauth.simulator.SimulatorHarness.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portalauth.demo.DemoQueries;

/** The simulator's tokens: Kraken's claims, RS256 under a {@code kid}, verifiable with the published JWKS. */
class TokensAndJwksSpec {

    private final SimulatorHarness harness = new SimulatorHarness();

    @Test
    void an_access_token_carries_kraken_s_claims_and_lives_an_hour() throws Exception {
        JWTClaimsSet claims = SignedJWT.parse(harness.accessToken()).getJWTClaimsSet();

        assertEquals("kraken|account-user:" + DEMO_USER_ID, claims.getSubject());
        assertEquals("EMAIL-AND-PASSWORD", claims.getStringClaim("gty"));
        assertEquals("access", claims.getStringClaim("tokenUse"));
        assertEquals(DEMO_EMAIL, claims.getStringClaim("email"));
        assertEquals("https://simulator.kraken.invalid", claims.getIssuer());
        assertEquals(harness.clock.instant(), claims.getIssueTime().toInstant());
        assertEquals(harness.clock.instant().plus(Duration.ofHours(1)), claims.getExpirationTime().toInstant());
    }

    @Test
    void the_published_jwks_verifies_a_token_and_holds_no_private_key() throws Exception {
        JWKSet jwks = JWKSet.parse(harness.simulator.jwksJson());
        assertFalse(jwks.getKeys().get(0).isPrivate());
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, new ImmutableJWKSet<>(jwks)));

        JWTClaimsSet claims = processor.process(harness.accessToken(), null);

        assertEquals("kraken|account-user:" + DEMO_USER_ID, claims.getSubject());
    }

    @Test
    void the_token_header_names_the_jwks_key() throws Exception {
        SignedJWT token = SignedJWT.parse(harness.accessToken());
        assertEquals(JWSAlgorithm.RS256, token.getHeader().getAlgorithm());
        assertEquals(JWKSet.parse(harness.simulator.jwksJson()).getKeys().get(0).getKeyID(), token.getHeader().getKeyID());
    }

    @Test
    void tokens_survive_a_restart_because_the_key_is_fixed() {
        String token = harness.accessToken();
        KrakenSimulator restarted = KrakenSimulator.create(SimulatorSettings.DEFAULTS, Clock.systemUTC());
        assertFalse(parse(restarted.handleGraphql(body(DemoQueries.VIEWER, Map.of()), token).body())
                .containsKey("errors"));
    }

    @Test
    void lifetimes_can_be_changed_for_tests() throws Exception {
        harness.simulator.lifetimes(new Lifetimes(Duration.ofSeconds(30), Duration.ofMinutes(5), Duration.ofSeconds(10)));
        JWTClaimsSet claims = SignedJWT.parse(harness.accessToken()).getJWTClaimsSet();
        assertEquals(harness.clock.instant().plusSeconds(30), claims.getExpirationTime().toInstant());
    }

    @Test
    void a_minted_token_with_a_negative_lifetime_is_already_expired() throws Exception {
        String token = harness.simulator.mintToken(TokenKind.ACCESS, null, null, null, Duration.ofSeconds(-60));
        JWTClaimsSet claims = SignedJWT.parse(token).getJWTClaimsSet();
        assertTrue(claims.getExpirationTime().toInstant().isBefore(harness.clock.instant()));
        assertTrue(claims.getIssueTime().before(claims.getExpirationTime()));
        assertEquals("KT-CT-1124", errorCode(harness.graphql(DemoQueries.VIEWER, Map.of(), token)));
    }

    @Test
    void a_minted_scoped_token_reads_its_account() {
        String token = harness.simulator.mintToken(TokenKind.SCOPED, null, DEMO_SECOND_ACCOUNT, null, null);
        assertEquals(DEMO_SECOND_ACCOUNT, harness.account(DEMO_SECOND_ACCOUNT, token)
                .getJsonObject("data").getJsonObject("account").getString("number"));
    }
}
