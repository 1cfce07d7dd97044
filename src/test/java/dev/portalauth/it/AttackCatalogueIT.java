package dev.portalauth.it;

import static dev.portalauth.testkit.Fixtures.ACCOUNT;
import static dev.portalauth.testkit.Fixtures.DEMO_USER_ID;
import static dev.portalauth.testkit.Fixtures.FEEDBACK_KEY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.portalauth.testkit.Browser;
import dev.portalauth.testkit.Json;
import dev.portalauth.testkit.Reply;
import dev.portalauth.testkit.Sessions;
import dev.portalauth.testkit.Simulator;

/**
 * The trust rules, as an attacker tries it (RFC 8725 and the usual JWT attack lists): forged, unsigned,
 * re-keyed, header-tricked, out-of-range, oversized, duplicated and swapped credentials in every
 * credential cookie. Every attack: never a session, never a 500 or a stack trace, nothing of the
 * token in the server log.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AttackCatalogueIT {

    private static final List<String> CREDENTIAL_COOKIES = List.of("masqueradeToken", "MWAuthToken", "accessToken",
            "scopedToken");
    private static final List<String> ATTACK_TOKENS = new ArrayList<>();

    /** The deployed portal, no fixture secret or seen token in the server log after the last. */
    @RegisterExtension
    static final DeployedPortal PORTAL = DeployedPortal.asDeployed().loggingNoSecrets(ATTACK_TOKENS);

    @Deployment(testable = false)
    static WebArchive war() {
        return PortalDeployment.demoPortal().with("kraken.auth.mobile-web-view.enabled", "true").build();
    }

    /** Reset before each test. */
    @RegisterExtension
    final Simulator kraken = new Simulator();

    // --- forged tokens, in every credential cookie ----------------------------------------------

    /** Claims that would make a session of any kind, for an account of the attacker's choosing. */
    private static JWTClaimsSet tempting() {
        long now = Instant.now().getEpochSecond();
        return new JWTClaimsSet.Builder().subject("kraken|account-user:" + DEMO_USER_ID)
                .claim("gty", "MASQUERADE").claim("accountNumber", ACCOUNT)
                .issueTime(new java.util.Date(now * 1000)).expirationTime(new java.util.Date((now + 86_400L * 3650) * 1000))
                .issuer("https://api.octopus.energy/v1/graphql/").build();
    }

    private static String segment(String json) {
        return Base64URL.encode(json.getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static String withHeader(String headerJson, String signature) {
        return segment(headerJson) + "." + segment(tempting().toString()) + "." + signature;
    }

    static Stream<Arguments> forgeries() throws Exception {
        RSAKey attackerKey = new RSAKeyGenerator(2048).keyID("kraken-rsa").generate();
        byte[] publishedKey = krakenPublicKey().toRSAPublicKey().getEncoded();
        List<Arguments> attacks = new ArrayList<>();
        attacks.add(Arguments.of("alg none", withHeader("{\"alg\":\"none\"}", "")));
        attacks.add(Arguments.of("alg NONE with a signature", withHeader("{\"alg\":\"NONE\"}", "c2ln")));
        attacks.add(Arguments.of("alg nOnE", withHeader("{\"alg\":\"nOnE\",\"typ\":\"JWT\"}", "")));
        attacks.add(Arguments.of("HS256 with made-up bytes", withHeader("{\"alg\":\"HS256\"}", "AAAA")));
        attacks.add(Arguments.of("signature stripped", withHeader("{\"alg\":\"RS256\",\"kid\":\"kraken-rsa\"}", "")));
        attacks.add(Arguments.of("HS256 keyed with Kraken's published RSA key (alg confusion)",
                hmac(publishedKey, "kraken-rsa")));
        attacks.add(Arguments.of("HS256 keyed with the PEM text of Kraken's key", hmac(pem(publishedKey)
                .getBytes(StandardCharsets.US_ASCII), "kraken-rsa")));
        attacks.add(Arguments.of("kid path traversal with an empty HMAC key",
                hmac(new byte[32], "../../../../../../dev/null")));
        attacks.add(Arguments.of("kid injection", hmac(new byte[32], "x' UNION SELECT 'secret")));
        attacks.add(Arguments.of("the attacker's key in a jwk header", signed(attackerKey,
                new JWSHeader.Builder(JWSAlgorithm.RS256).jwk(attackerKey.toPublicJWK()).keyID("kraken-rsa").build())));
        attacks.add(Arguments.of("the attacker's keys at a jku", signed(attackerKey,
                new JWSHeader.Builder(JWSAlgorithm.RS256).jwkURL(java.net.URI.create("http://127.0.0.1:9/jwks.json"))
                        .keyID("kraken-rsa").build())));
        attacks.add(Arguments.of("the attacker's certificate at an x5u", signed(attackerKey,
                new JWSHeader.Builder(JWSAlgorithm.RS256).x509CertURL(java.net.URI.create("http://127.0.0.1:9/cert.pem"))
                        .keyID("kraken-rsa").build())));
        attacks.add(Arguments.of("the attacker's key under Kraken's kid", signed(attackerKey,
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("kraken-rsa").type(JOSEObjectType.JWT).build())));
        attacks.add(Arguments.of("crit header the module does not understand", withHeader(
                "{\"alg\":\"RS256\",\"kid\":\"kraken-rsa\",\"crit\":[\"exp\"]}", "c2ln")));
        attacks.add(Arguments.of("exp as a string", segment("{\"alg\":\"HS256\"}") + "."
                + segment("{\"sub\":\"kraken|account-user:1\",\"iat\":1,\"exp\":\"never\"}") + ".c2ln"));
        attacks.add(Arguments.of("exp beyond any date", segment("{\"alg\":\"HS256\"}") + "."
                + segment("{\"sub\":\"kraken|account-user:1\",\"iat\":1,\"exp\":1e400}") + ".c2ln"));
        attacks.add(Arguments.of("a JSON null header", segment("null") + "." + segment("{}") + ".c2ln"));
        attacks.add(Arguments.of("four segments", withHeader("{\"alg\":\"HS256\"}", "c2ln") + ".c2ln"));
        attacks.add(Arguments.of("not base64", "%%%.$$$.***"));
        return attacks.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forgeries")
    void aForgedTokenNeverBecomesASessionInAnyCredentialCookie(String attack, String token) {
        ATTACK_TOKENS.add(token);
        for (String cookie : CREDENTIAL_COOKIES) {
            Browser browser = new Browser().cookie(cookie, token);

            Reply probe = browser.get("/probe");
            Reply dashboard = browser.get("/dashboard");

            assertNoSession(probe, attack + " in " + cookie);
            assertEquals(303, dashboard.status(), attack + " in " + cookie);
            assertTrue(dashboard.location().startsWith("/login"), attack + " in " + cookie);
        }
        assertEquals(0, kraken.calls("viewer"), "a forged token is never worth asking Kraken about");
    }

    @Test
    void aForgedBindingBesideAGenuineKrakenTokenGrantsNothing() throws Exception {
        String genuine = kraken.mint("masquerade", DEMO_USER_ID, null, 3600);
        RSAKey attackerKey = new RSAKeyGenerator(2048).generate();
        SignedJWT binding = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(new JOSEObjectType("kpa-binding+jwt"))
                .keyID(moduleKeyId()).build(), new JWTClaimsSet.Builder().issuer("kraken-portal-auth")
                .claim("knd", "masquerade").claim("tkh", "x").jwtID("j").issueTime(new java.util.Date())
                .expirationTime(new java.util.Date(System.currentTimeMillis() + 3_600_000)).build());
        binding.sign(new RSASSASigner(attackerKey));
        ATTACK_TOKENS.add(genuine);

        Reply reply = new Browser().cookie("masqueradeToken", genuine)
                .cookie("masqueradeTokenBinding", binding.serialize()).get("/probe");

        assertNoSession(reply, "a binding signed by the attacker");
        assertTrue(reply.clears("masqueradeToken"));
    }

    // --- genuine Kraken tokens in the wrong cookie ----------------------------------------------

    @Test
    void aScopedTokenFromAForwardedLinkCopiedIntoAFullSessionCookieIsRefusedAndCleared() {
        Browser linkHolder = new Browser();
        linkHolder.get("/anon/" + FEEDBACK_KEY + "/" + ACCOUNT + "/feedback");
        String scoped = linkHolder.cookie("scopedToken");
        String binding = linkHolder.cookie("scopedTokenBinding");
        assertTrue(scoped != null && binding != null, "the link holder got a scoped session");
        ATTACK_TOKENS.add(scoped);

        for (String cookie : List.of("masqueradeToken", "MWAuthToken", "accessToken")) {
            Browser attacker = new Browser().cookie(cookie, scoped).cookie(cookie + "Binding", binding);

            Reply reply = attacker.get("/probe");

            assertNoSession(reply, "a scoped token in " + cookie);
            assertTrue(reply.clears(cookie), cookie);
            assertEquals(303, attacker.get("/dashboard").status(), cookie);
        }
    }

    @Test
    void aMintedScopedTokenCopiedIntoFullSessionCookiesIsRefusedByItsGrantType() {
        String scoped = kraken.mint("scoped", null, ACCOUNT, 3600);
        ATTACK_TOKENS.add(scoped);

        for (String cookie : List.of("masqueradeToken", "MWAuthToken", "accessToken")) {
            assertNoSession(new Browser().cookie(cookie, scoped).get("/probe"), "scoped gty in " + cookie);
        }
    }

    @Test
    void anAccessTokenInTheMasqueradeCookieIsNoMasquerade() {
        String access = Sessions.loggedIn().cookie("accessToken");
        ATTACK_TOKENS.add(access);

        Reply reply = new Browser().cookie("masqueradeToken", access).get("/probe");

        assertNoSession(reply, "an access token as masquerade");
        assertTrue(reply.clears("masqueradeToken"));
    }

    // --- what browsers would not keep, and copies planted beside ours ---------------------------

    @Test
    void aCredentialCookieTooLargeForABrowserIsNoCredentialAndIsCleared() {
        String huge = kraken.mint("masquerade", DEMO_USER_ID, null, 3600) + "A".repeat(4200);
        ATTACK_TOKENS.add(huge);

        Reply reply = new Browser().cookie("masqueradeToken", huge).get("/probe");

        assertNoSession(reply, "an oversized cookie");
        assertTrue(reply.clears("masqueradeToken"));
    }

    @Test
    void aHeaderLargerThanTheServerTakesIsRefusedWithoutA500() {
        Reply reply = new Browser().cookie("accessToken", "A".repeat(20_000)).get("/probe");

        assertTrue(reply.status() < 500, "status " + reply.status());
        assertFalse(reply.body().contains("Exception"), reply.body());
    }

    @Test
    void aCredentialCookieSentTwiceIsNoCredentialEvenWhenOneCopyIsGenuine() {
        Browser user = Sessions.loggedIn();
        String access = user.cookie("accessToken");
        ATTACK_TOKENS.add(access);

        Reply reply = user.send(user.request("/probe").setHeader("Cookie", "accessToken=" + access
                + "; accessTokenBinding=" + user.cookie("accessTokenBinding") + "; accessToken=" + access));

        assertNotEquals("access-token", Json.object(reply.body()).getString("authMethod"));
        assertTrue(reply.clears("accessToken"));
    }

    // --- helpers --------------------------------------------------------------------------------

    private static void assertNoSession(Reply reply, String attack) {
        assertTrue(reply.status() < 500, attack + ": status " + reply.status());
        assertFalse(reply.body().contains("Exception") || reply.body().contains("at dev.portalauth"), attack);
        assertEquals("none", Json.object(reply.body()).getString("authMethod"), attack);
        assertEquals("", Json.object(reply.body()).getString("caller"), attack);
    }

    private static RSAKey krakenPublicKey() throws Exception {
        String jwks = new Browser().get("/kraken/jwks.json").body();
        return JWKSet.parse(jwks).getKeys().stream().filter(k -> k instanceof RSAKey).map(k -> (RSAKey) k)
                .findFirst().orElseThrow();
    }

    private static String moduleKeyId() throws Exception {
        return JWKSet.parse(new Browser().get("/api/auth/jwks.json").body()).getKeys().get(0).getKeyID();
    }

    private static String hmac(byte[] secret, String kid) throws Exception {
        byte[] key = secret.length >= 32 ? secret : java.util.Arrays.copyOf(secret, 32);
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(kid).build(), tempting());
        jwt.sign(new MACSigner(key));
        return jwt.serialize();
    }

    private static String signed(RSAKey key, JWSHeader header) throws Exception {
        SignedJWT jwt = new SignedJWT(header, tempting());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static String pem(byte[] der) {
        return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END PUBLIC KEY-----\n";
    }
}
