package dev.portalauth.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;

import jakarta.json.JsonObject;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
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

import dev.portalauth.testkit.Browser;
import dev.portalauth.testkit.GuestTokenForge;
import dev.portalauth.testkit.Json;
import dev.portalauth.testkit.Reply;
import dev.portalauth.testkit.Sessions;

/**
 * BouncyCastle is optional: a portal whose WAR leaves {@code bcprov-jdk18on} out deploys, and the
 * module signs and verifies its ES256 tokens (guest tokens, the bindings of a login) in the JDK's
 * provider, the same tokens any JOSE library verifies from the published JWKS. The module says so
 * once in the log ({@code KPA-TOKEN-008}).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WithoutBouncyCastleIT {

    @Deployment(testable = false)
    static WebArchive war() {
        WebArchive war = PortalDeployment.demoPortal().withoutBouncyCastle().build();
        assertTrue(war.getContent(p -> p.get().startsWith("/WEB-INF/lib/bcprov")).isEmpty(), "no BouncyCastle in the WAR");
        return war;
    }

    @Test
    void theModuleSaysItSignsInTheJdk() {
        new Browser().get("/probe");

        assertTrue(ServerLog.text().contains("KPA-TOKEN-008"), "the module found no BouncyCastle");
    }

    @Test
    void aFirstVisitGetsAnEs256GuestTokenThatThePublishedJwksVerifies() throws Exception {
        Browser browser = new Browser();
        browser.get("/probe");
        JWKSet jwks = JWKSet.parse(browser.get("/api/auth/jwks.json").body());

        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(new JOSEObjectType(GuestTokenForge.GUEST_TYPE)));
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.ES256, new ImmutableJWKSet<>(jwks)));
        JWTClaimsSet claims = processor.process(browser.cookie("jwt"), null);

        assertTrue(claims.getSubject().startsWith("G-"));
    }

    @Test
    void theModuleAcceptsTheGuestTokenItSigned() {
        Browser browser = new Browser();
        String first = guestId(browser.get("/probe"));

        Reply second = browser.get("/probe");

        assertEquals(first, guestId(second));
        assertFalse(second.sets("jwt"), "verified, not replaced");
    }

    @Test
    void aGuestTokenSignedElsewhereWithTheKeyIsAccepted() {
        Instant now = Instant.now();
        String token = GuestTokenForge.guest("G-signed-by-the-kit", now, now.plusSeconds(3600), Map.of("plan", "Agile"));

        Reply reply = new Browser().cookie("jwt", token).get("/probe");

        assertEquals("G-signed-by-the-kit", guestId(reply));
        assertFalse(reply.sets("jwt"));
    }

    @Test
    void aLoginWorksAndItsSessionHoldsOnTheNextRequests() {
        Browser browser = Sessions.loggedIn();

        JsonObject first = Json.object(browser.get("/probe").body());
        JsonObject second = Json.object(browser.get("/probe").body());

        assertEquals("access-token", first.getString("authMethod"));
        assertEquals("access-token", second.getString("authMethod"), "the binding signed at login verifies");
        assertFalse(browser.get("/probe").sets("accessToken"), "no cookie re-set while the session holds");
    }

    private static String guestId(Reply reply) {
        return Json.object(reply.body()).getJsonObject("guest").getString("id");
    }
}
