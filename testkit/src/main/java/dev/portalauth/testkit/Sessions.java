package dev.portalauth.testkit;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Ways to begin a test as a given visitor of a {@link KrakenDeployment}: each returns a
 * {@link Browser} holding the cookies the module set (or a test made), ready for the test's
 * requests. All go through the module as a browser would, except {@link #guest}, which presents a
 * guest token signed with the deployment's test key.
 */
public final class Sessions {

    /** The kit's anon pathname ({@code kraken.auth.routes.anon.pathname} of {@link KrakenDeployment}). */
    public static final String ANON_PATH = "/anon";

    private Sessions() {
    }

    /**
     * Posts the built-in login form ({@code /api/auth/login}) and returns the module's answer.
     *
     * @param browser  the visitor
     * @param email    the email field
     * @param password the password field
     * @return the module's answer ({@code 303} with cookies, or back to the login page with {@code ?error=})
     */
    public static Reply formLogin(Browser browser, String email, String password) {
        return browser.postForm("/api/auth/login", Map.of("email", email, "password", password));
    }

    /**
     * The fixture user ({@link Fixtures#DEMO_EMAIL}, accounts A-1234ABCD and A-5678EFGH), logged in.
     *
     * @return a new browser holding the fixture user's session
     */
    public static Browser loggedIn() {
        return loggedIn(new Browser());
    }

    /**
     * The fixture user, logged in with {@code browser} (e.g. one for another context root).
     *
     * @param browser the visitor
     * @return {@code browser}, now holding the fixture user's session
     */
    public static Browser loggedIn(Browser browser) {
        return loggedIn(browser, Fixtures.DEMO_EMAIL, Fixtures.DEMO_PASSWORD);
    }

    /**
     * A fixture user, logged in; fails the test when the login does not succeed.
     *
     * @param browser  the visitor
     * @param email    a fixture user's email
     * @param password their password
     * @return {@code browser}, now holding that user's session
     */
    public static Browser loggedIn(Browser browser, String email, String password) {
        Reply reply = formLogin(browser, email, password);
        if (reply.status() != 303 || browser.cookie("accessToken") == null) {
            throw new AssertionError("login of " + email + " failed: " + reply.status() + " " + reply.location());
        }
        return browser;
    }

    /**
     * A scoped session, as a customer following a pre-signed link gets: one exchange of the key
     * (e.g. {@link Fixtures#METER_KEY}, account A-1234ABCD) at {@link #ANON_PATH}.
     *
     * @param preSignedKey a key of the simulator's fixtures (or one a test issued)
     * @return a new browser holding the scoped session
     */
    public static Browser scoped(String preSignedKey) {
        return scoped(new Browser(), preSignedKey);
    }

    /**
     * A scoped session in {@code browser}; fails the test when Kraken refuses the key.
     *
     * @param browser      the visitor
     * @param preSignedKey a key of the simulator's fixtures (or one a test issued)
     * @return {@code browser}, now holding the scoped session
     */
    public static Browser scoped(Browser browser, String preSignedKey) {
        Reply reply = browser.get(ANON_PATH + "/" + preSignedKey);
        if (browser.cookie("scopedToken") == null) {
            throw new AssertionError("pre-signed key exchange failed: " + reply.status() + " " + reply.location());
        }
        return browser;
    }

    /**
     * A returning guest carrying {@code claims} (e.g. what they viewed), with a fresh guest id.
     *
     * @param claims the guest's claims
     * @return a new browser holding a guest token signed with the deployment's key
     */
    public static Browser guest(Map<String, Object> claims) {
        Instant now = Instant.now();
        String token = GuestTokenForge.guest("G-" + UUID.randomUUID(), now, now.plus(Duration.ofDays(1)), claims);
        return new Browser().cookie("jwt", token);
    }
}
