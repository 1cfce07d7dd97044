package dev.portalauth.it;

import static dev.portalauth.testkit.Fixtures.DEMO_EMAIL;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.portalauth.it.links.LinkIssuing;
import dev.portalauth.it.links.LinkPages;
import dev.portalauth.testkit.Browser;
import dev.portalauth.testkit.Json;
import dev.portalauth.testkit.Reply;
import dev.portalauth.testkit.Simulator;

/**
 * Links issued and ended: a link issued with {@code PreSignedLinks} opens a scoped session; the
 * link's page ends it with {@code Session.endLink()} after its one submission; another browser that
 * opened the same link earlier loses its scoped session at its next request; and the same URL then
 * lands on the login page with {@code PRE_SIGNED_KEY_INVALID}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PreSignedLinksIT {

    private static final List<String> SEEN_KEYS = new ArrayList<>();

    /** The deployed portal, no fixture secret or seen token in the server log after the last. */
    @RegisterExtension
    static final DeployedPortal PORTAL = DeployedPortal.asDeployed().loggingNoSecrets(SEEN_KEYS);

    @Deployment(testable = false)
    static WebArchive war() {
        return PortalDeployment.demoPortal()
                .with("kraken.auth.public-origin", PortalDeployment.BASE)
                .withClasses(LinkIssuing.class, LinkPages.class)
                .build();
    }

    /** Reset before each test. */
    @RegisterExtension
    final Simulator kraken = new Simulator();

    /** The path of a freshly issued link (its URL is absolute, under the portal's public origin). */
    private String issue() {
        JsonObject issued = Json.object(new Browser().postForm("/back-office/links",
                Map.of("email", DEMO_EMAIL, "scope", "SUBMIT_METER_READINGS")).body());
        String url = issued.getString("url");
        assertTrue(url.startsWith(PortalDeployment.BASE + "/anon/"), url);
        String path = URI.create(url).getPath();
        SEEN_KEYS.add(path.split("/")[2]);
        return path;
    }

    @Test
    void anIssuedLinkOpensAScopedSessionAndEndingItEndsEverySessionOfTheLink() {
        String link = issue();
        assertEquals(1, kraken.calls("generatePreSignedToken"));
        Browser phone = new Browser();
        Browser laptop = new Browser();
        phone.get(link);
        laptop.get(link);
        assertTrue(phone.cookie("scopedToken") != null && laptop.cookie("scopedToken") != null);

        Reply submitted = laptop.postForm(link, Map.of());

        JsonObject answer = Json.object(submitted.body());
        assertAll(
                () -> assertEquals("scoped", answer.getString("before")),
                () -> assertTrue(answer.getBoolean("ended")),
                () -> assertEquals("none", answer.getString("after")),
                () -> assertTrue(submitted.clears("scopedToken") && submitted.clears("scopedTokenBinding")),
                () -> assertEquals(1, kraken.calls("invalidatePreSignedToken")));

        Reply phoneAgain = phone.postForm(link, Map.of());
        assertEquals(303, phoneAgain.status(), phoneAgain.body());
        assertEquals("/login?error=PRE_SIGNED_KEY_INVALID", phoneAgain.location());
        assertTrue(phoneAgain.clears("scopedToken"), "the other browser lost its scoped session");

        Reply reopened = new Browser().get(link);
        assertEquals("/login?error=PRE_SIGNED_KEY_INVALID", reopened.location());
        assertEquals(1, kraken.calls("invalidatePreSignedToken"));
    }

    @Test
    void krakenFailingToEndTheKeyStillEndsTheSessionAndTheLinkOnThisServer() {
        String link = issue();
        Browser browser = new Browser();
        browser.get(link);
        kraken.fault("HTTP_500", 0, "invalidatePreSignedToken");

        Reply submitted = browser.postForm(link, Map.of());

        assertEquals(false, Json.object(submitted.body()).getBoolean("ended"));
        assertTrue(submitted.clears("scopedToken"));
        assertEquals("/login?error=PRE_SIGNED_KEY_INVALID", new Browser().get(link).location());
        assertEquals(1, kraken.calls("invalidatePreSignedToken"));
    }
}
