package dev.portalauth.internal.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.portalauth.internal.chain.ChainFixture;
import dev.portalauth.internal.cookie.SessionCookies;
import dev.portalauth.internal.kraken.ObtainedToken;
import dev.portalauth.internal.support.FakeHttp;
import dev.portalauth.internal.token.ClaimsBudget;
import dev.portalauth.internal.token.CredentialBindings;
import dev.portalauth.internal.token.GuestTokenIssuer;
import dev.portalauth.internal.token.KrakenIssuer;
import dev.portalauth.internal.token.KrakenToken;
import dev.portalauth.internal.token.ModuleKeys;
import dev.portalauth.internal.token.ModuleTokens;
import dev.portalauth.internal.token.SessionPayloadCodec;

/**
 * The worst case of every cookie the module can make a browser send, all at once and each at its
 * largest, against the 8 KB of request headers many servers and proxies accept by default: the
 * {@code __Host-} prefix on every name; every credential with its binding (a scoped one naming a
 * pre-signed key of the longest length accepted) and the refresh token; a guest token and a session
 * payload with claims at {@code kraken.auth.cookie.max-claims-bytes}; and, with Kraken OAuth, the
 * most logins in progress, each with the longest {@code next} (the part a third party can add to a
 * victim's browser by the navigations it causes). Kraken's tokens are of the size Kraken issues
 * (about 0.8 KB). With claims of at most 384 bytes each and an EC P-256 module key (as the module
 * generates) it fits; the documented default of 1536 bytes, an RSA key or mobile web view can outgrow
 * it, which is said at start-up ({@code KPA-COOKIE-004}) from {@link WorstCaseCookieHeader}, which
 * must never count less than the module really sets.
 */
class CookieBudgetSpec {

    private static final String[] OAUTH_AND_HOST_PREFIX = {"kraken.auth.cookie.name-prefix", "__Host-",
            "kraken.auth-endpoint", "https://auth.example", "kraken.oauth-client-id", "portal",
            "kraken.auth.public-origin", "https://portal.example.co.uk"};

    /** What the logins in progress, each with the longest next, may take together. */
    private static final int PENDING_LOGINS_AT_MOST = 2560;

    /** The Cookie header the module's own write paths make, every cookie at its largest. */
    private static final class Measured {

        final ChainFixture chain;
        final ModuleKeys keys;
        final ModuleTokens tokens;
        final List<String> sent = new ArrayList<>();

        Measured(String pem, String... keysAndValues) {
            chain = new ChainFixture(keysAndValues);
            keys = ChainFixture.keys(pem);
            tokens = new ModuleTokens(keys, chain.settings.signingKeys().issuer(), chain.clock, 10);
            FakeHttp http = new FakeHttp();
            var response = http.response();
            SessionCookies sessionCookies = new SessionCookies(chain.cookies, chain.names,
                    new CredentialBindings(tokens, keys), chain.clock);
            sessionCookies.write(response, sessionCookies.masquerade(kraken("MASQUERADE")));
            sessionCookies.write(response, sessionCookies.access(kraken("EMAIL-AND-PASSWORD"), new ObtainedToken("unused",
                    Optional.of("r".repeat(128)), Optional.of(chain.clock.instant().plus(Duration.ofDays(30)))),
                    CredentialBindings.OAUTH_ORIGIN, "login"));
            sessionCookies.write(response, sessionCookies.scoped(kraken("PRE-SIGNED-KEY"),
                    "k".repeat(chain.settings.anonKeys().keyMaxLength())));
            int budget = chain.settings.cookies().maxClaimsBytes();
            chain.cookies.set(response, chain.names.guest(), new GuestTokenIssuer(tokens, Duration.ofDays(3650),
                    new ClaimsBudget(budget), chain.clock).issueNew(claimsAt(budget)).raw(), 60);
            chain.cookies.set(response, chain.names.sessionPayload(), new SessionPayloadCodec(tokens,
                    new ClaimsBudget(budget)).encode("kraken|account-user:1234567890", claimsAt(budget),
                    chain.clock.instant().plusSeconds(60)), 60);
            if (chain.settings.oauth().oauthEnabled()) {
                PendingOAuthLogins pending = new PendingOAuthLogins(tokens, chain.cookies, chain.names, chain.clock);
                String longestNext = "/" + "n".repeat(KrakenOAuthLogin.MAX_ENCODED_NEXT - 2) + "/";
                for (int i = 0; i < PendingOAuthLogins.MAX_IN_PROGRESS; i++) {
                    pending.begin(ChainFixture.auth(http), longestNext);
                }
            }
            for (String setCookie : http.setCookies) {
                sent.add(setCookie.substring(0, setCookie.indexOf(';')));
            }
            chain.names.mobileWebView().ifPresent(name -> sent.add(name + "=" + kraken("EMAIL-AND-PASSWORD").raw()));
        }

        /** A token shaped as Kraken issues them. */
        private KrakenToken kraken(String gty) {
            String raw = chain.krakenToken(KrakenIssuer.claims(chain.clock).claim("gty", gty)
                    .claim("email", "a-rather-long-customer-address@a-long-domain-name.example.co.uk")
                    .claim("tokenUse", "access").claim("origIat", chain.clock.instant().getEpochSecond())
                    .claim("accountNumber", "A-1234ABCD").build());
            return chain.verifier.tokens().decode(raw).orElseThrow();
        }

        private static Map<String, Object> claimsAt(int budget) {
            Map<String, Object> claims = new LinkedHashMap<>();
            claims.put("c", "x".repeat(budget - "{\"c\":\"\"}".length()));
            assertTrue(new ClaimsBudget(budget).fits(claims));
            return claims;
        }

        int bytes() {
            return ("Cookie: " + String.join("; ", sent) + "\r\n").length();
        }

        int pendingBytes() {
            return sent.stream().filter(c -> chain.names.isOAuthLogin(c.substring(0, c.indexOf('='))))
                    .mapToInt(c -> c.length() + 2).sum();
        }

        WorstCaseCookieHeader counted() {
            return new WorstCaseCookieHeader(chain.settings.anonKeys(), chain.settings.cookies(), chain.settings.guest(),
                    chain.settings.oauth(), chain.names, tokens, keys, chain.clock);
        }

        String sizes() {
            return sent.stream().map(c -> c.substring(0, c.indexOf('=')) + "=" + c.length()).toList().toString();
        }
    }

    @Test
    void everyCookieOfTheModuleAtOnceFitsEightKilobytesWithClaimsOfAtMost384Bytes() {
        Measured measured = new Measured("ec-p256.pem", with("kraken.auth.cookie.max-claims-bytes", "384"));

        assertEquals(3 + 3 + 1 + 1 + 1 + PendingOAuthLogins.MAX_IN_PROGRESS, measured.sent.size(), measured.sizes());
        assertTrue(measured.sent.stream().allMatch(c -> c.startsWith("__Host-")));
        assertTrue(measured.bytes() <= WorstCaseCookieHeader.BUDGET,
                "the Cookie header takes " + measured.bytes() + " bytes: " + measured.sizes());
        assertTrue(measured.counted().fits(), "no KPA-COOKIE-004 with 384 claim bytes: " + measured.counted().bytes());
    }

    @Test
    void thePartAThirdPartyCanAddIsTwoLoginsInProgressOfAtMostTwoAndAHalfKilobytes() {
        Measured measured = new Measured("rsa-2048.pem", OAUTH_AND_HOST_PREFIX);

        assertEquals(2, PendingOAuthLogins.MAX_IN_PROGRESS);
        assertTrue(measured.pendingBytes() <= PENDING_LOGINS_AT_MOST, "the pending logins take " + measured.pendingBytes());
    }

    @Test
    void theStartUpCountIsNeverBelowWhatTheModuleSets() {
        for (Measured measured : List.of(new Measured("ec-p256.pem", OAUTH_AND_HOST_PREFIX),
                new Measured("rsa-2048.pem", with("kraken.auth.mobile-web-view.enabled", "true")),
                new Measured("ec-p256.pem", with("kraken.auth.cookie.max-claims-bytes", "2048")),
                new Measured("ec-p256.pem"))) {
            assertEquals(measured.sent.size(), measured.counted().cookies().size(), measured.sizes());
            assertTrue(measured.bytes() <= measured.counted().bytes(),
                    "measured " + measured.bytes() + " > counted " + measured.counted().bytes());
            assertTrue(measured.counted().bytes() - measured.bytes() < 200, "counted close to the real size");
        }
    }

    @Test
    void aLargerKeyAMobileAppsTokenOrTheDefaultClaimsBudgetCanOutgrowIt() {
        assertFalse(new Measured("rsa-2048.pem", with("kraken.auth.cookie.max-claims-bytes", "384")).counted().fits(),
                "RSA signatures are 4x EC's");
        assertFalse(new Measured("ec-p256.pem", OAUTH_AND_HOST_PREFIX).counted().fits(), "1536 claim bytes, twice");
        assertFalse(new Measured("ec-p256.pem", "kraken.auth.cookie.max-claims-bytes", "384",
                "kraken.auth.mobile-web-view.enabled", "true", "kraken.auth.cookie.name-prefix", "__Host-",
                "kraken.auth-endpoint", "https://auth.example", "kraken.oauth-client-id", "portal",
                "kraken.auth.public-origin", "https://portal.example.co.uk").counted().fits());
        assertTrue(new Measured("rsa-2048.pem", "kraken.auth.cookie.max-claims-bytes", "256").counted().fits(),
                "without Kraken OAuth and with a small claims budget an RSA key fits");
    }

    private static String[] with(String key, String value) {
        String[] all = Arrays.copyOf(OAUTH_AND_HOST_PREFIX, OAUTH_AND_HOST_PREFIX.length + 2);
        all[all.length - 2] = key;
        all[all.length - 1] = value;
        return all;
    }

}
