package dev.portalauth.it;

import static dev.portalauth.testkit.Fixtures.DEMO_EMAIL;
import static dev.portalauth.testkit.Fixtures.DEMO_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.portalauth.testkit.Browser;
import dev.portalauth.testkit.Fixtures;
import dev.portalauth.testkit.GuestTokenForge;
import dev.portalauth.testkit.Json;
import dev.portalauth.testkit.Reply;
import dev.portalauth.testkit.Sessions;
import dev.portalauth.testkit.SetCookie;
import dev.portalauth.testkit.Simulator;

/** Every visitor carries a signed guest token, and its claims follow them into login. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GuestSessionIT {

    private static final long FOUR_HUNDRED_DAYS = Duration.ofDays(400).toSeconds();

    @Deployment(testable = false)
    static WebArchive war() {
        return PortalDeployment.demoPortal()
                .with("kraken.auth.guest.signing-key", GuestTokenForge.pem())
                .with("kraken.auth.guest.key-id", GuestTokenForge.KEY_ID)
                .build();
    }

    /** Reset before each test. */
    @RegisterExtension
    final Simulator kraken = new Simulator();

    @Test
    void aFirstVisitGetsAGuestTokenInAnHttpOnlyCookieOfAtMost400Days() {
        Browser browser = new Browser();
        Reply reply = browser.get("/probe");

        SetCookie jwt = reply.cookie("jwt").orElseThrow();
        String id = Json.object(reply.body()).getJsonObject("guest").getString("id");
        assertAll(
                () -> assertTrue(id.startsWith("G-")),
                () -> assertTrue(jwt.has("HttpOnly") && jwt.has("Secure")),
                () -> assertTrue(jwt.maxAge() > 0 && jwt.maxAge() <= FOUR_HUNDRED_DAYS),
                () -> assertEquals("no-store", reply.header("Cache-Control").orElse("")));
    }

    @Test
    void aSecondVisitKeepsTheSameGuestWithoutANewCookie() {
        Browser browser = new Browser();
        String first = guestId(browser.get("/probe"));

        Reply second = browser.get("/probe");

        assertEquals(first, guestId(second));
        assertFalse(second.sets("jwt"));
    }

    @Test
    void anUpdateIsOnTheSameResponseAndVisibleOnTheNextRequest() {
        Browser browser = new Browser();
        String id = guestId(browser.get("/probe"));

        Reply update = browser.get("/tariffs/Agile");
        JsonObject next = Json.object(browser.get("/probe").body()).getJsonObject("guest");

        assertTrue(update.sets("jwt"));
        assertEquals(id, next.getString("id"), "same guest");
        assertEquals("[Agile]", next.getString("recentlyViewed"));
    }

    @Test
    void forgedExpiredOrForeignGuestTokensAreReplacedSilently() throws Exception {
        Instant now = Instant.now();
        JWTClaimsSet claims = GuestTokenForge.claimSet("G-forged", now, now.plusSeconds(3600), Map.of());
        String valid = GuestTokenForge.guest("G-valid", now, now.plusSeconds(3600), Map.of());
        String[] parts = valid.split("\\.");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(
                claims.toString().getBytes()) + "." + parts[2];
        String expired = GuestTokenForge.guest("G-expired", now.minusSeconds(7200), now.minusSeconds(60), Map.of());
        String none = Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"alg\":\"none\",\"typ\":\"kpa-guest+jwt\"}".getBytes()) + "." + parts[1] + ".";
        JWKSet published = JWKSet.parse(new Browser().get("/api/auth/jwks.json").body());
        byte[] publicKeyAsSecret = published.getKeys().get(0).toECKey().toPublicKey().getEncoded();
        String hs256 = GuestTokenForge.sign(new MACSigner(publicKeyAsSecret), JWSAlgorithm.HS256,
                GuestTokenForge.KEY_ID, GuestTokenForge.GUEST_TYPE, claims);
        String unknownKid = GuestTokenForge.sign(GuestTokenForge.moduleKey(), JWSAlgorithm.ES256, "s-unknown",
                GuestTokenForge.GUEST_TYPE, claims);
        String foreignKey = GuestTokenForge.sign(GuestTokenForge.foreignKey(), JWSAlgorithm.ES256,
                GuestTokenForge.KEY_ID, GuestTokenForge.GUEST_TYPE, claims);
        String wrongType = GuestTokenForge.sign(GuestTokenForge.moduleKey(), JWSAlgorithm.ES256,
                GuestTokenForge.KEY_ID, "JWT", claims);

        for (String bad : new String[] {tampered, expired, none, hs256, unknownKid, foreignKey, wrongType, "garbage"}) {
            Reply reply = new Browser().cookie("jwt", bad).get("/probe");
            assertEquals(200, reply.status());
            assertTrue(reply.sets("jwt"), "replaced");
            String id = guestId(reply);
            assertFalse(id.equals("G-forged") || id.equals("G-expired"), "never trusted: " + id);
        }
    }

    @Test
    void aGuestTokenOlderThan30DaysIsReissuedWithTheSameIdAndClaims() {
        Instant now = Instant.now();
        String old = GuestTokenForge.guest("G-faithful", now.minus(Duration.ofDays(31)), now.plus(Duration.ofDays(3000)),
                Map.of("recentlyViewed", List.of("Go")));

        Reply reply = new Browser().cookie("jwt", old).get("/probe");

        assertTrue(reply.sets("jwt"));
        assertNotEquals(old, reply.cookie("jwt").orElseThrow().value());
        JsonObject guest = Json.object(reply.body()).getJsonObject("guest");
        assertEquals("G-faithful", guest.getString("id"));
        assertEquals("[Go]", guest.getString("recentlyViewed"));
    }

    @Test
    void anotherServiceVerifiesAGuestTokenWithThePublishedJwks() throws Exception {
        Browser browser = new Browser();
        browser.get("/probe");
        JWKSet jwks = JWKSet.parse(browser.get("/api/auth/jwks.json").body());

        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(new JOSEObjectType(GuestTokenForge.GUEST_TYPE)));
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.ES256, new ImmutableJWKSet<>(jwks)));
        JWTClaimsSet claims = processor.process(browser.cookie("jwt"), null);

        assertTrue(claims.getSubject().startsWith("G-"));
        assertEquals(GuestTokenForge.ISSUER, claims.getIssuer());
        assertTrue(jwks.getKeys().stream().noneMatch(k -> k.isPrivate()), "public keys only");
    }

    @Test
    void theCacheableJwksNeverSetsOrClearsACookie() {
        Browser firstVisit = new Browser();
        Browser expiredSession = Sessions.loggedIn()
                .cookie("accessToken", kraken.mint("access", Fixtures.DEMO_USER_ID, null, -10))
                .cookie("masqueradeToken", "garbage");

        for (Browser browser : List.of(firstVisit, expiredSession)) {
            Reply reply = browser.get("/api/auth/jwks.json");

            assertEquals(200, reply.status());
            assertTrue(reply.header("Cache-Control").orElse("").startsWith("public"));
            assertTrue(reply.cookies().isEmpty(), reply.allHeaders());
        }
        assertEquals(0, kraken.calls("obtainKrakenToken.refreshToken"), "no refresh for a public document");
    }

    @Test
    void loggingInMergesTheGuestClaimsAndHandsTheBrowserAFreshGuest() {
        Browser browser = new Browser();
        browser.get("/tariffs/Agile");
        browser.get("/tariffs/Cosy");
        String guestBefore = guestId(browser.get("/probe"));

        Reply login = Sessions.formLogin(browser, DEMO_EMAIL, DEMO_PASSWORD);
        JsonObject after = Json.object(browser.get("/probe").body());

        assertEquals("/dashboard", login.location());
        assertTrue(login.sets("sessionPayload"));
        assertEquals("[Cosy, Agile]", after.getJsonObject("claims").getString("recentlyViewed"));
        assertNotEquals(guestBefore, after.getJsonObject("guest").getString("id"), "a fresh guest after the merge");
        assertTrue(browser.get("/dashboard").body().contains("Cosy"), "the demo dashboard shows the cart");
    }

    @Test
    void aForgedGuestMergesNothingAndTheLoginStillSucceeds() {
        Browser browser = new Browser().cookie("jwt", GuestTokenForge.sign(GuestTokenForge.foreignKey(),
                JWSAlgorithm.ES256, GuestTokenForge.KEY_ID, GuestTokenForge.GUEST_TYPE, GuestTokenForge.claimSet(
                        "G-evil", Instant.now(), Instant.now().plusSeconds(600), Map.of("plan", "free-forever"))));

        Reply login = Sessions.formLogin(browser, DEMO_EMAIL, DEMO_PASSWORD);

        assertEquals("/dashboard", login.location());
        assertFalse(login.sets("sessionPayload"));
        assertFalse(Json.object(browser.get("/probe").body()).getJsonObject("claims").containsKey("plan"));
    }

    @Test
    void aFailedLoginMergesNothingAndKeepsTheGuest() {
        Browser browser = new Browser();
        browser.get("/tariffs/Agile");
        String guest = browser.cookie("jwt");

        Reply login = Sessions.formLogin(browser, DEMO_EMAIL, "wrong");

        assertFalse(login.sets("sessionPayload"));
        assertEquals(guest, browser.cookie("jwt"));
    }

    @Test
    void reservedAndKrakenClaimsAreNeverOverwrittenByAGuest() {
        Instant now = Instant.now();
        Browser browser = new Browser().cookie("jwt", GuestTokenForge.guest("G-sneaky", now, now.plusSeconds(3600),
                Map.of("email", "attacker@example.com", "origIat", 1, "cart", "kettle")));

        Sessions.formLogin(browser, DEMO_EMAIL, DEMO_PASSWORD);
        JsonObject claims = Json.object(browser.get("/probe").body()).getJsonObject("claims");

        assertEquals(DEMO_EMAIL, claims.getString("email"));
        assertNotEquals("1", claims.getString("origIat"), "a Kraken claim keeps Kraken's value");
        assertEquals("kettle", claims.getString("cart"), "an ordinary claim is merged");
    }

    @Test
    void thePayloadSurvivesLaterRequestsAndARefresh() {
        kraken.lifetimes(20, 3600, 3600);
        Browser browser = new Browser();
        browser.get("/tariffs/Go");
        Sessions.formLogin(browser, DEMO_EMAIL, DEMO_PASSWORD);

        Reply refreshed = browser.get("/probe");
        JsonObject later = Json.object(browser.get("/probe").body());

        assertTrue(refreshed.sets("accessToken"), "the access token was refreshed");
        assertEquals("[Go]", later.getJsonObject("claims").getString("recentlyViewed"));
    }

    @Test
    void aPayloadBoundToAnotherUserIsIgnoredAndCleared() {
        Browser demo = new Browser();
        demo.get("/tariffs/Go");
        Sessions.formLogin(demo, DEMO_EMAIL, DEMO_PASSWORD);
        Browser other = new Browser().cookie("accessToken", kraken.mint("access", "102", null, 3600))
                .cookie("sessionPayload", demo.cookie("sessionPayload"));

        Reply reply = other.get("/probe");

        assertTrue(reply.clears("sessionPayload"));
        assertFalse(Json.object(reply.body()).getJsonObject("claims").containsKey("recentlyViewed"));
    }

    @Test
    void anApplicationAddsClaimsToTheLoggedInSessionsPayload() {
        Browser browser = Sessions.loggedIn();

        Reply merged = browser.postForm("/payload/plan/gold", Map.of());
        JsonObject later = Json.object(browser.get("/probe").body());

        assertTrue(merged.sets("sessionPayload"));
        assertEquals("gold", later.getJsonObject("claims").getString("plan"));
    }

    private static String guestId(Reply reply) {
        return Json.object(reply.body()).getJsonObject("guest").getString("id");
    }
}
