package dev.portalauth.it;

import static dev.portalauth.testkit.Fixtures.DEMO_EMAIL;
import static dev.portalauth.testkit.Fixtures.DEMO_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import jakarta.json.JsonObject;

import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.portalauth.testkit.Browser;
import dev.portalauth.testkit.GuestTokenForge;
import dev.portalauth.testkit.Json;
import dev.portalauth.testkit.Simulator;

/**
 * Key rotation on a running server (docs/OPERATIONS.md, "Several nodes behind a load balancer"): the test
 * rewrites the key files the deployment names, in the two phases that page gives, and then
 * retires the old key to the previous keys; visitors who arrived under the old key keep their
 * guest, their session payload and their session throughout, and new tokens carry the new key.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class KeyRotationIT {

    private static final Path DIR = Path.of("target", "key-rotation").toAbsolutePath();
    private static final Path SIGNING_KEY = DIR.resolve("signing-key.pem");
    private static final Path PREVIOUS_KEYS = DIR.resolve("previous-keys.jwks.json");
    private static final Duration WAIT = Duration.ofSeconds(20);

    @Deployment(testable = false)
    static WebArchive war() throws IOException {
        Files.createDirectories(DIR);
        Files.writeString(SIGNING_KEY, GuestTokenForge.pem());
        Files.writeString(PREVIOUS_KEYS, "{\"keys\":[]}");
        return PortalDeployment.demoPortal()
                .without("kraken.auth.guest.signing-key")
                .without("kraken.auth.guest.key-id") // each key is named by its thumbprint
                .with("kraken.auth.guest.signing-key-location", SIGNING_KEY.toString())
                .with("kraken.auth.guest.previous-keys-location", PREVIOUS_KEYS.toUri().toString())
                .with("kraken.auth.guest.key-reload", "PT1S")
                .build();
    }

    /** Reset before each test. */
    @RegisterExtension
    final Simulator kraken = new Simulator();

    @Test
    void noVisitorLosesAGuestAPayloadOrASessionAcrossBothPhasesAndTheRetirement() throws Exception {
        String newPem = resource("/token/rsa-2048.pem");
        JWK newPublic = rsaPublicKey(newPem);
        String newKid = "s-" + newPublic.computeThumbprint();
        JWK oldPublic = publishedKeys().get(0);
        String oldKid = oldPublic.getKeyID();
        Browser guest = new Browser();
        guest.get("/tariffs/Cosy");
        Browser member = new Browser();
        member.get("/tariffs/Agile");
        member.postForm("/api/auth/login", Map.of("email", DEMO_EMAIL, "password", DEMO_PASSWORD));
        assertEquals(oldKid, kidOf(guest.cookie("jwt")));
        String guestId = guestId(guest);
        String memberToken = member.cookie("sessionPayload");

        // Phase 1: the new public key is published (and accepted) before anything signs with it.
        Files.writeString(PREVIOUS_KEYS, new JWKSet(newPublic).toString());
        awaitPublished(kids -> kids.equals(List.of(oldKid, newKid)));
        stillServed(guest, guestId, member);
        assertEquals(oldKid, kidOf(new Browser().get("/probe").cookie("jwt").orElseThrow().value()),
                "phase 1 does not sign with the new key");

        // Phase 2: the new key signs; the old one stays accepted.
        Files.writeString(SIGNING_KEY, newPem);
        awaitPublished(kids -> kids.get(0).equals(newKid) && kids.contains(oldKid));
        stillServed(guest, guestId, member);
        assertEquals(newKid, kidOf(new Browser().get("/probe").cookie("jwt").orElseThrow().value()));
        guest.get("/tariffs/Go");
        assertEquals(newKid, kidOf(guest.cookie("jwt")), "an updated guest is signed with the new key");
        assertEquals(guestId, guestId(guest));

        // The old key retired to the previous keys: what it signed still verifies.
        Files.writeString(PREVIOUS_KEYS, new JWKSet(oldPublic).toString());
        awaitPublished(kids -> kids.equals(List.of(newKid, oldKid)));
        stillServed(guest, guestId, member);
        assertEquals(memberToken, member.cookie("sessionPayload"), "the member's payload, signed by the old key, was kept");

        Browser returning = new Browser();
        returning.postForm("/api/auth/login", Map.of("email", DEMO_EMAIL, "password", DEMO_PASSWORD));
        assertEquals("access-token", probe(returning).getString("authMethod"), "a session bound with the new key");
        assertEquals(newKid, kidOf(returning.cookie("accessTokenBinding")));
    }

    /** The guest keeps its id and claims; the member keeps the session and the payload merged at login. */
    private static void stillServed(Browser guest, String guestId, Browser member) {
        JsonObject asGuest = probe(guest);
        assertEquals(guestId, asGuest.getJsonObject("guest").getString("id"));
        assertTrue(asGuest.getJsonObject("guest").getString("recentlyViewed").contains("Cosy"), asGuest.toString());
        JsonObject asMember = probe(member);
        assertEquals("access-token", asMember.getString("authMethod"), asMember.toString());
        assertTrue(asMember.getJsonObject("claims").getString("recentlyViewed").contains("Agile"), asMember.toString());
    }

    private static void awaitPublished(Predicate<List<String>> expected) throws InterruptedException {
        Instant deadline = Instant.now().plus(WAIT);
        List<String> kids = publishedKids();
        while (!expected.test(kids)) {
            assertTrue(Instant.now().isBefore(deadline), "the JWKS did not follow the key files: " + kids);
            Thread.sleep(200);
            kids = publishedKids();
        }
    }

    private static List<String> publishedKids() {
        return publishedKeys().stream().map(JWK::getKeyID).toList();
    }

    private static List<JWK> publishedKeys() {
        try {
            return JWKSet.parse(new Browser().get("/api/auth/jwks.json").body()).getKeys();
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject probe(Browser browser) {
        return Json.object(browser.get("/probe").body());
    }

    private static String guestId(Browser browser) {
        return probe(browser).getJsonObject("guest").getString("id");
    }

    private static String kidOf(String token) throws ParseException {
        return JWSObject.parse(token).getHeader().getKeyID();
    }

    private static String resource(String name) {
        try (InputStream in = KeyRotationIT.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The public half of an RSA PKCS#8 PEM private key, without a key id (the module names it by thumbprint). */
    private static RSAKey rsaPublicKey(String pem) throws Exception {
        byte[] der = Base64.getDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""));
        RSAPrivateCrtKey key = (RSAPrivateCrtKey) KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        RSAPublicKey pub = (RSAPublicKey) KeyFactory.getInstance("RSA")
                .generatePublic(new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent()));
        return new RSAKey.Builder(pub).build();
    }
}
