package dev.portalauth.it;

import static dev.portalauth.testkit.Fixtures.METER_KEY;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.portalauth.readme.ReadmeBlocks;
import dev.portalauth.testkit.Browser;
import dev.portalauth.testkit.Fixtures;
import dev.portalauth.testkit.Json;
import dev.portalauth.testkit.Reply;
import dev.portalauth.testkit.Simulator;

/**
 * The worked configuration of docs/GUIDE.md deploys and does what the guide says it does. The
 * portal is configured with exactly that block, read from the page on each run, adapted only
 * where a test must: Kraken (GraphQL endpoint and JWKS) is the simulator in the WAR, and the guest
 * signing key is a test key file instead of {@code /run/secrets/guest-key.pem}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReadmeWorkedConfigurationIT {

    private static final String EXCHANGES = "obtainKrakenToken.preSignedKey";

    @Deployment(testable = false)
    static WebArchive war() {
        Map<String, String> config = new LinkedHashMap<>(
                ReadmeBlocks.under("Worked configuration", "properties").properties());
        adapt(config, "kraken.graphql-endpoint", PortalDeployment.BASE + "/kraken/graphql/");
        adapt(config, "kraken.jwks-uri", PortalDeployment.BASE + "/kraken/jwks.json");
        adapt(config, "kraken.auth.guest.signing-key-location",
                "file:" + Path.of(System.getProperty("it.test-classes"), "token", "ec-p256.pem").toAbsolutePath());
        return PortalDeployment.demoPortal().configuredExactly(config).build();
    }

    /** Only keys the guide sets are adapted: the test shows the guide's block, not one of its own. */
    private static void adapt(Map<String, String> config, String key, String value) {
        if (config.replace(key, value) == null) {
            throw new AssertionError("the guide's worked configuration no longer sets " + key + ": adapt this test");
        }
    }

    @RegisterExtension
    final Simulator kraken = new Simulator();

    @Test
    void aKeyLinkKeepsOneScopedSessionOverTheStepsOfAForm() {
        Browser browser = new Browser();
        for (String step : new String[] {"step-1", "step-2", "step-3"}) {
            Reply reply = browser.get("/anon/" + METER_KEY + "/feedback/" + step);
            assertEquals("scoped", Json.object(reply.body()).getString("authMethod"), step);
        }
        assertEquals(1, kraken.calls(EXCHANGES), "one Kraken call");
    }

    @Test
    void aKeyInTheQueryOfTheSecondAnonPathnameWorksTheSame() {
        Reply reply = new Browser().get("/feedback/step-1?key=" + METER_KEY);

        assertEquals("scoped", Json.object(reply.body()).getString("authMethod"));
    }

    @Test
    void helpPagesUnderAnonNeedNoKey() {
        Reply reply = new Browser().get("/anon/help/contact");

        assertEquals(200, reply.status());
        assertEquals("none", Json.object(reply.body()).getString("authMethod"));
        assertEquals(0, kraken.calls(EXCHANGES));
    }

    @Test
    void aDashboardPathnameWithoutAFullSessionSendsToTheLoginPage() {
        Reply reply = new Browser().get("/account/settings");

        assertEquals(303, reply.status());
        assertEquals("/login?next=%2Faccount%2Fsettings", reply.location());
    }
}
