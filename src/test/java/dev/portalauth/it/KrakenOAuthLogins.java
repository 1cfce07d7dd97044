package dev.portalauth.it;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.json.JsonObject;

import dev.portalauth.testkit.Browser;
import dev.portalauth.testkit.Fixtures;
import dev.portalauth.testkit.Json;
import dev.portalauth.testkit.Reply;

/**
 * A test browser walking Kraken OAuth login as a person would: the portal's start
 * endpoint, the simulator's authorise page (log in or deny), and back to the portal's callback.
 */
final class KrakenOAuthLogins {

    /** The simulator's confidential client and its secret (fixtures). */
    static final String CONFIDENTIAL_CLIENT = Fixtures.OAUTH_CONFIDENTIAL_CLIENT_ID;
    static final String CONFIDENTIAL_SECRET = Fixtures.OAUTH_CONFIDENTIAL_SECRET;

    private KrakenOAuthLogins() {
    }

    /** {@code GET /api/auth/kraken-oauth[?next=…]}: the reply whose {@code Location} is Kraken's authorise page. */
    static Reply start(Browser browser, String next) {
        return browser.get("/api/auth/kraken-oauth" + (next == null ? "" : "?next=" + next));
    }

    /**
     * On Kraken's authorise page reached from {@code started}: the demo user logs in ({@code "login"})
     * or denies ({@code "deny"}). The reply whose {@code Location} is the portal's callback.
     */
    static Reply atKraken(Browser browser, Reply started, String action) {
        String authorize = started.location();
        Reply page = browser.get(authorize);
        if (page.status() != 200 || !page.body().contains("Log in")) {
            throw new AssertionError("the authorise page did not answer: " + page.status() + " " + page.body());
        }
        Map<String, String> form = new LinkedHashMap<>(query(authorize));
        form.put("email", Fixtures.DEMO_EMAIL);
        form.put("password", Fixtures.DEMO_PASSWORD);
        form.put("action", action);
        return browser.postForm(authorize.substring(0, authorize.indexOf('?')), form);
    }

    /** The whole walk, logging the demo user in: the callback's reply. */
    static Reply login(Browser browser, String next) {
        return browser.get(atKraken(browser, start(browser, next), "login").location());
    }

    static Map<String, String> query(String url) {
        Map<String, String> values = new LinkedHashMap<>();
        String raw = URI.create(url).getRawQuery();
        for (String pair : raw == null ? new String[0] : raw.split("&")) {
            String[] kv = pair.split("=", 2);
            values.put(kv[0], URLDecoder.decode(kv.length > 1 ? kv[1] : "", StandardCharsets.UTF_8));
        }
        return values;
    }

    /** The claims of a JWS cookie as sent (read, not verified: the module verifies, the test only looks). */
    static JsonObject claims(String jws) {
        return Json.object(new String(Base64.getUrlDecoder().decode(jws.split("\\.")[1]), StandardCharsets.UTF_8));
    }
}
