package dev.portalauth.simulator;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static dev.portalauth.simulator.SimulatorHarness.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portalauth.demo.DemoQueries;

/**
 * {@code viewer} and {@code account} need the raw token in {@code Authorization}: missing →
 * KT-CT-1111, not a token of the simulator → KT-CT-1143, expired → KT-CT-1124; a user reads only
 * their own accounts, a scoped token only its account and never {@code viewer}.
 */
class QueryAuthorizationSpec {

    private final SimulatorHarness harness = new SimulatorHarness();

    @Test
    void without_authorization_the_viewer_is_refused_with_KT_CT_1111() {
        JsonObject response = viewer(null);
        assertEquals("KT-CT-1111", errorCode(response));
        assertTrue(response.getJsonObject("data").isNull("viewer"));
    }

    @Test
    void a_token_with_a_bearer_scheme_is_refused_with_KT_CT_1143_because_kraken_takes_the_raw_token() {
        assertEquals("KT-CT-1143", errorCode(viewer("Bearer " + harness.accessToken())));
    }

    @Test
    void something_that_is_not_a_jwt_is_refused_with_KT_CT_1143() {
        assertEquals("KT-CT-1143", errorCode(viewer("not-a-jwt")));
    }

    @Test
    void a_token_with_a_tampered_signature_is_refused_with_KT_CT_1143() {
        String token = harness.accessToken();
        String tampered = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
        assertEquals("KT-CT-1143", errorCode(viewer(tampered)));
    }

    @Test
    void a_token_signed_by_another_key_under_the_simulator_s_kid_is_refused_with_KT_CT_1143() throws Exception {
        String kid = SignedJWT.parse(harness.accessToken()).getHeader().getKeyID();
        RSAKey otherKey = new RSAKeyGenerator(2048).keyID(kid).generate();
        SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).build(), userClaims());
        forged.sign(new RSASSASigner(otherKey));
        assertEquals("KT-CT-1143", errorCode(viewer(forged.serialize())));
    }

    @Test
    void a_token_signed_with_another_algorithm_is_refused_with_KT_CT_1143() throws Exception {
        String kid = SignedJWT.parse(harness.accessToken()).getHeader().getKeyID();
        SignedJWT hs256 = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(kid)
                .type(JOSEObjectType.JWT).build(), userClaims());
        hs256.sign(new MACSigner(new byte[32]));
        assertEquals("KT-CT-1143", errorCode(viewer(hs256.serialize())));
    }

    @Test
    void an_expired_token_is_refused_with_KT_CT_1124() {
        String token = harness.accessToken();
        harness.clock.advance(Duration.ofHours(1));
        assertEquals("KT-CT-1124", errorCode(viewer(token)));
    }

    @Test
    void a_user_reads_each_of_their_accounts() {
        String token = harness.accessToken();
        assertEquals(DEMO_SECOND_ACCOUNT, harness.account(DEMO_SECOND_ACCOUNT, token)
                .getJsonObject("data").getJsonObject("account").getString("number"));
    }

    @Test
    void a_user_reading_another_user_s_account_is_refused_with_KT_CT_1111() {
        assertEquals("KT-CT-1111", errorCode(harness.account(OTHER_USERS_ACCOUNT, harness.accessToken())));
    }

    @Test
    void an_account_that_does_not_exist_is_refused_with_KT_CT_1111_like_any_foreign_account() {
        assertEquals("KT-CT-1111", errorCode(harness.account("A-00000000", harness.accessToken())));
    }

    @Test
    void a_scoped_token_reads_its_own_account() {
        JsonObject response = harness.account(DEMO_ACCOUNT, harness.scopedToken(METER_READINGS_KEY));
        assertEquals(DEMO_ACCOUNT, response.getJsonObject("data").getJsonObject("account").getString("number"));
    }

    @Test
    void a_scoped_token_reading_another_account_of_the_same_user_is_refused_with_KT_CT_1111() {
        assertEquals("KT-CT-1111", errorCode(harness.account(DEMO_SECOND_ACCOUNT, harness.scopedToken(METER_READINGS_KEY))));
    }

    @Test
    void a_scoped_token_cannot_read_the_viewer() {
        assertEquals("KT-CT-1111", errorCode(viewer(harness.scopedToken(METER_READINGS_KEY))));
    }

    private JsonObject viewer(String authorization) {
        return harness.graphql(DemoQueries.VIEWER, Map.of(), authorization);
    }

    private static JWTClaimsSet userClaims() {
        return new JWTClaimsSet.Builder()
                .subject("kraken|account-user:" + DEMO_USER_ID)
                .issuer(SimulatorSettings.DEFAULTS.issuer())
                .claim("gty", "EMAIL-AND-PASSWORD")
                .expirationTime(new java.util.Date(System.currentTimeMillis() + 3_600_000))
                .build();
    }
}
