package dev.portalauth.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;

import jakarta.json.JsonObject;

import dev.portalauth.testkit.Browser;
import dev.portalauth.testkit.Json;

/**
 * Visitors of a cluster of portal nodes and the one simulated Kraken behind them, for the ITs that
 * run the same scenario on several nodes of either server: each visitor a client of its own
 * address (as the trusted proxy, localhost, reports it).
 */
final class ClusterVisitors {

    private final String kraken;
    private int clients = 10;

    /** {@code kraken}: the simulator's base URL ({@code http://localhost:PORT/kraken}). */
    ClusterVisitors(String kraken) {
        this.kraken = kraken;
    }

    /** A client of its own address. */
    Browser newClient() {
        return new Browser().header("X-Forwarded-For", "198.51.100." + clients++);
    }

    /** Another client (another address) holding {@code browser}'s cookies. */
    Browser copyOf(Browser browser) {
        Browser copy = newClient();
        browser.cookies().forEach(copy::cookie);
        return copy;
    }

    static String randomKey() {
        return "random-" + UUID.randomUUID();
    }

    /** The session {@code node}'s probe page reports for {@code visitor}. */
    static JsonObject probe(Browser visitor, String node) {
        return Json.object(visitor.get(node + "/probe").body());
    }

    /** How often the simulator was called for {@code counter}. */
    int calls(String counter) {
        JsonObject calls = Json.object(new Browser().get(kraken + "/_control/calls").body());
        return calls.containsKey(counter) ? calls.getInt(counter) : 0;
    }

    /** Posts {@code json} to the simulator's control {@code what} (faults, reset, …). */
    void control(String what, String json) {
        Browser browser = new Browser();
        int status = browser.send(browser.request(kraken + "/_control/" + what)
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(json))).status();
        assertEquals(2, status / 100, what);
    }
}
