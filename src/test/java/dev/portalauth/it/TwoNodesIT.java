package dev.portalauth.it;

import static dev.portalauth.testkit.Fixtures.DEMO_EMAIL;
import static dev.portalauth.testkit.Fixtures.DEMO_PASSWORD;
import static dev.portalauth.testkit.Fixtures.METER_KEY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;

import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

import dev.portalauth.testkit.Browser;
import dev.portalauth.testkit.GuestTokenForge;
import dev.portalauth.testkit.Json;
import dev.portalauth.testkit.Reply;

/**
 * More than one server behind a load balancer (docs/OPERATIONS.md, "Several nodes behind a load balancer"): nodes that share one
 * signing key and one Kraken serve one visitor alternately — guest, exchange, login, refresh and
 * logout each crossing nodes — and a key rotated in two phases, one node at a time, loses no
 * visitor's guest, payload or session. Two Payara Micro processes on ports {@code it.http.port + 2}
 * and {@code + 3}; Kraken is the first node's simulator.
 */
class TwoNodesIT {

    private static final int PORT_A = ServerProcess.PORT;
    private static final int PORT_B = ServerProcess.PORT + 1;
    private static final String KRAKEN = "http://localhost:" + PORT_A + "/kraken";

    /** The demo portal of one node: the shared Kraken, the shared configuration, and these key settings. */
    private static WebArchive node(Map<String, String> keys) {
        PortalDeployment deployment = PortalDeployment.demoPortal()
                .with("kraken.graphql-endpoint", KRAKEN + "/graphql/")
                .with("kraken.jwks-uri", KRAKEN + "/jwks.json");
        keys.forEach(deployment::with);
        return deployment.build();
    }

    private static Map<String, String> signingWith(String pem, String kid) {
        return Map.of("kraken.auth.guest.signing-key", pem, "kraken.auth.guest.key-id", kid);
    }

    private static Map<String, String> signingWith(String pem, String kid, Path previousKeys) {
        return Map.of("kraken.auth.guest.signing-key", pem, "kraken.auth.guest.key-id", kid,
                "kraken.auth.guest.previous-keys-location", previousKeys.toUri().toString());
    }

    @Test
    void aVisitorServedByBothNodesInTurnKeepsEverySession() throws Exception {
        WebArchive war = node(signingWith(GuestTokenForge.pem(), "shared"));
        List<ServerProcess> nodes = bothNodes("two-nodes-a", war, "two-nodes-b", war);
        try (ServerProcess a = nodes.get(0); ServerProcess b = nodes.get(1)) {
            Browser visitor = new Browser();

            visitor.get(a.base() + "/tariffs/Agile");
            JsonObject onB = probe(visitor, b);
            assertTrue(onB.getJsonObject("guest").getString("recentlyViewed").contains("Agile"), "guest from A read on B");
            visitor.get(b.base() + "/tariffs/Go");
            assertTrue(probe(visitor, a).getJsonObject("guest").getString("recentlyViewed").contains("Go"),
                    "guest updated on B read on A");

            assertEquals("scoped", json(visitor.get(a.base() + "/anon/" + METER_KEY + "/probe")).getString("authMethod"));
            assertEquals("scoped", json(visitor.get(b.base() + "/anon/" + METER_KEY + "/probe/step-2")).getString("authMethod"));
            assertEquals(1, calls("obtainKrakenToken.preSignedKey"), "B reused the scoped token A set");

            control("lifetimes", "{\"accessSeconds\":20,\"refreshSeconds\":3600,\"scopedSeconds\":3600}");
            visitor.postForm(b.base() + "/api/auth/login", Map.of("email", DEMO_EMAIL, "password", DEMO_PASSWORD));
            JsonObject loggedInOnA = probe(visitor, a);
            assertEquals("access-token", loggedInOnA.getString("authMethod"), "a login on B is a session on A");
            assertTrue(loggedInOnA.getJsonObject("claims").getString("recentlyViewed").contains("Go"),
                    "the guest merged at B's login is the payload on A");
            assertTrue(calls("obtainKrakenToken.refreshToken") >= 1, "A refreshed B's short-lived token");
            assertEquals("access-token", probe(visitor, b).getString("authMethod"), "B takes what A refreshed");

            visitor.postForm(a.base() + "/api/auth/logout", Map.of());
            assertEquals("none", probe(visitor, b).getString("authMethod"), "logged out on A is logged out on B");
        }
    }

    @Test
    void aKeyRotatedInTwoPhasesOneNodeAtATimeLosesNoGuestPayloadOrSession() throws Exception {
        String oldPem = GuestTokenForge.pem();
        String newPem = resource("/token/rsa-2048.pem");
        Path dir = Files.createDirectories(Path.of("target", "two-nodes"));
        Path newPublished = Files.writeString(dir.resolve("new-key.jwks.json"), rsaPublicJwks(newPem, "new"));
        Path oldKept = dir.resolve("old-key.jwks.json");
        Browser visitor = new Browser();

        // Phase 0: both nodes sign with the old key; the visitor browses and logs in.
        List<ServerProcess> before = bothNodes("rotate-a0", node(signingWith(oldPem, "old")),
                "rotate-b0", node(signingWith(oldPem, "old")));
        try (ServerProcess a = before.get(0); ServerProcess b = before.get(1)) {
            visitor.get(a.base() + "/tariffs/Cosy");
            visitor.postForm(b.base() + "/api/auth/login", Map.of("email", DEMO_EMAIL, "password", DEMO_PASSWORD));
            assertEquals("access-token", probe(visitor, a).getString("authMethod"));
            // What every node will keep accepting once it signs with the new key: the old key as published.
            Files.writeString(oldKept, new Browser().get(a.base() + "/api/auth/jwks.json").body());
        }
        String guestBefore = visitor.cookie("jwt");

        // Phase 1: every node publishes the new key before any signs with it. Phase 2, rolling:
        // A signs with the new key while B, still in phase 1, accepts it.
        List<ServerProcess> rolling = bothNodes("rotate-a2", node(signingWith(newPem, "new", oldKept)),
                "rotate-b1", node(signingWith(oldPem, "old", newPublished)));
        try (ServerProcess a = rolling.get(0); ServerProcess b = rolling.get(1)) {
            JsonObject onA = probe(visitor, a);
            assertEquals("access-token", onA.getString("authMethod"), "A verifies what the old key bound");
            assertTrue(onA.getJsonObject("claims").getString("recentlyViewed").contains("Cosy"), "the payload survived");

            visitor.postForm(a.base() + "/api/auth/logout", Map.of());
            visitor.get(a.base() + "/tariffs/Tracker");
            assertFalse(visitor.cookie("jwt").equals(guestBefore), "A issued a guest with the new key");
            JsonObject onB = probe(visitor, b);
            assertTrue(onB.getJsonObject("guest").getString("recentlyViewed").contains("Tracker"),
                    "B, not yet signing with it, accepts the new key");
            visitor.postForm(b.base() + "/api/auth/login", Map.of("email", DEMO_EMAIL, "password", DEMO_PASSWORD));
            assertEquals("access-token", probe(visitor, a).getString("authMethod"), "A verifies what B bound with the old key");
        }
    }

    /** Node A and node B, started together. */
    private static List<ServerProcess> bothNodes(String nameA, WebArchive warA, String nameB, WebArchive warB)
            throws Exception {
        return ServerProcess.together(() -> ServerProcess.startOn(PORT_A, nameA, List.of(), warA),
                () -> ServerProcess.startOn(PORT_B, nameB, List.of(), warB));
    }

    private static JsonObject probe(Browser visitor, ServerProcess node) {
        return json(visitor.get(node.base() + "/probe"));
    }

    private static JsonObject json(Reply reply) {
        return Json.object(reply.body());
    }

    private static int calls(String counter) {
        JsonObject calls = Json.object(new Browser().get(KRAKEN + "/_control/calls").body());
        return calls.containsKey(counter) ? calls.getInt(counter) : 0;
    }

    private static void control(String what, String json) {
        Reply reply = new Browser().send(new Browser().request(KRAKEN + "/_control/" + what)
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(json)));
        assertEquals(2, reply.status() / 100, what);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = TwoNodesIT.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The public half of an RSA PKCS#8 PEM private key as a one-key JWKS with {@code kid}. */
    private static String rsaPublicJwks(String pem, String kid) throws Exception {
        byte[] der = Base64.getDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""));
        RSAPrivateCrtKey key = (RSAPrivateCrtKey) KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        RSAPublicKey pub = (RSAPublicKey) KeyFactory.getInstance("RSA")
                .generatePublic(new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent()));
        return new JWKSet(new RSAKey.Builder(pub).keyID(kid).build()).toString(true);
    }
}
