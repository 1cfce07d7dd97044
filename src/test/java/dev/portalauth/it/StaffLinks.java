package dev.portalauth.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import dev.portalauth.testkit.Browser;
import dev.portalauth.testkit.Fixtures;
import dev.portalauth.testkit.Json;
import dev.portalauth.testkit.Reply;

/**
 * Fresh one-time links from the demo portal's staff page ({@code POST /staff/links}): a test that
 * submits on a link uses one of its own, since a submission ends the link and the module
 * remembers ended keys for hours (a fixture key would stay refused for every later test).
 * The browser tests use it too.
 */
public final class StaffLinks {

    /** The demo's staff key ({@code demo.staff-key} in the demo's configuration). */
    public static final String STAFF_KEY = "demo-staff-key-not-for-production";

    private StaffLinks() {
    }

    /** A new key for the demo customer's account ({@link Fixtures#ACCOUNT}) with {@code scope}. */
    public static String issue(String scope) {
        Reply reply = new Browser().header("X-Staff-Key", STAFF_KEY)
                .postForm("/staff/links", Map.of("email", Fixtures.DEMO_EMAIL, "scope", scope, "days", "1"));
        assertEquals(200, reply.status(), reply.body());
        return Json.object(reply.body()).getString("key");
    }
}
