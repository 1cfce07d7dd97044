package dev.portalauth.it;

import java.util.Map;

/** Logging a test browser in through the module's built-in endpoint. */
public final class Logins {

    private Logins() {
    }

    public static Reply formLogin(Browser browser, String email, String password) {
        return browser.postForm("/api/auth/login", Map.of("email", email, "password", password));
    }

    /** The demo user, logged in; fails the test when the login does not succeed. */
    public static Browser demoUser() {
        return demoUser(new Browser());
    }

    /** The demo user, logged in with {@code browser} (e.g. one for another context root). */
    public static Browser demoUser(Browser browser) {
        Reply reply = formLogin(browser, Fixtures.DEMO_EMAIL, Fixtures.DEMO_PASSWORD);
        if (reply.status() != 303 || browser.cookie("accessToken") == null) {
            throw new AssertionError("demo login failed: " + reply.status() + " " + reply.location());
        }
        return browser;
    }
}
