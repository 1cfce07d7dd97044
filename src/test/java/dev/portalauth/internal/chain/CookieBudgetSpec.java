package dev.portalauth.internal.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.portalauth.AuthMethod;
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
 * largest: the {@code __Host-} prefix on every name; a module key of RSA 2048 (longer signatures
 * than EC P-256); every credential with its binding (a scoped one naming a pre-signed key of the
 * longest length accepted), the refresh token and the mobile app's {@code MWAuthToken}; a guest
 * token and a session payload with claims at {@code kraken.auth.cookie.max-claims-bytes}; and the
 * most Kraken OAuth logins in progress, each with the longest {@code next}. Kraken's tokens are of
 * the size Kraken issues (about 0.8 KB).
 *
 * <p>That worst case does NOT fit the 8 KB of request headers many servers and proxies accept by
 * default (it takes about 16 KB; with an EC P-256 key about 13 KB): the guest token and the session
 * payload at the default claims budget take 2.7 KB each, the pending logins 1.6 KB each. This spec
 * pins the worst case under 16 KB, so that any growth is seen, and pins the part a third party can
 * add to a victim's browser (the pending logins, started by navigations it causes) under 5 KB.
 */
class CookieBudgetSpec {

    /** The measured worst case of the Cookie header, rounded up: growth beyond it fails this spec. */
    private static final int WORST_CASE_COOKIE_HEADER = 16 * 1024;
    /** What the most pending logins, each with the longest next, may take together. */
    private static final int PENDING_LOGINS_AT_MOST = 5 * 1024;

    private final ChainFixture chain = ChainFixture.withMobileWebView("kraken.auth.cookie.name-prefix", "__Host-");
    private final ModuleKeys rsa = ChainFixture.keys("rsa-2048.pem");
    private final ModuleTokens tokens = new ModuleTokens(rsa, chain.settings.issuer(), chain.clock, 10);
    private final CredentialBindings bindings = new CredentialBindings(tokens, rsa);
    private final SessionCookies sessionCookies = new SessionCookies(chain.cookies, chain.names, bindings, chain.clock);
    private final FakeHttp http = new FakeHttp();

    /** A token shaped as Kraken issues them. */
    private KrakenToken kraken(String gty) {
        String raw = chain.krakenToken(KrakenIssuer.claims(chain.clock).claim("gty", gty)
                .claim("email", "a-rather-long-customer-address@a-long-domain-name.example.co.uk")
                .claim("tokenUse", "access").claim("origIat", chain.clock.instant().getEpochSecond())
                .claim("accountNumber", "A-1234ABCD").build());
        return chain.verifier.tokens().decode(raw).orElseThrow();
    }

    /** Claims that take exactly the configured budget. */
    private Map<String, Object> claimsAtTheBudget() {
        int budget = chain.settings.maxClaimsBytes();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("c", "x".repeat(budget - "{\"c\":\"\"}".length()));
        assertTrue(new ClaimsBudget(budget).fits(claims));
        return claims;
    }

    @Test
    void everyCookieOfTheModuleAtOnceFitsTheRequestHeaders() {
        var response = http.response();
        Optional<java.time.Instant> refreshEnd = Optional.of(chain.clock.instant().plus(Duration.ofDays(30)));
        sessionCookies.write(response, sessionCookies.masquerade(kraken("MASQUERADE")));
        sessionCookies.write(response, sessionCookies.access(kraken("EMAIL-AND-PASSWORD"),
                new ObtainedToken("unused", Optional.of("r".repeat(128)), refreshEnd), "oauth", "login"));
        sessionCookies.write(response, sessionCookies.scoped(kraken("PRE-SIGNED-KEY"), "k".repeat(chain.settings.keyMaxLength())));
        chain.cookies.set(response, chain.names.guest(), new GuestTokenIssuer(tokens, Duration.ofDays(3650),
                new ClaimsBudget(chain.settings.maxClaimsBytes()), chain.clock).issueNew(claimsAtTheBudget()).raw(), 60);
        chain.cookies.set(response, chain.names.sessionPayload(), new SessionPayloadCodec(tokens,
                new ClaimsBudget(chain.settings.maxClaimsBytes())).encode("kraken|account-user:1234567890",
                claimsAtTheBudget(), chain.clock.instant().plusSeconds(60)), 60);
        PendingOAuthLogins pending = new PendingOAuthLogins(tokens, chain.cookies, chain.names, chain.clock);
        String longestNext = "/" + "n".repeat(509) + "/"; // 512 bytes once encoded
        for (int i = 0; i < PendingOAuthLogins.MAX_IN_PROGRESS; i++) {
            pending.begin(ChainFixture.auth(http), longestNext);
        }

        List<String> sent = new ArrayList<>();
        for (String setCookie : http.setCookies) {
            sent.add(setCookie.substring(0, setCookie.indexOf(';')));
        }
        sent.add("MWAuthToken=" + kraken("EMAIL-AND-PASSWORD").raw());
        String header = "Cookie: " + String.join("; ", sent) + "\r\n";

        assertEquals(3 + 3 + 1 + 1 + 1 + PendingOAuthLogins.MAX_IN_PROGRESS + 1, sent.size(), sent.toString());
        assertTrue(sent.stream().filter(c -> !c.startsWith("MWAuthToken")).allMatch(c -> c.startsWith("__Host-")));
        assertTrue(header.length() <= WORST_CASE_COOKIE_HEADER, "the Cookie header takes " + header.length() + " bytes: "
                + sent.stream().map(c -> c.substring(0, c.indexOf('=')) + "=" + c.length()).toList());
        int pendingBytes = sent.stream().filter(c -> chain.names.isOAuthLogin(c.substring(0, c.indexOf('='))))
                .mapToInt(c -> c.length() + 2).sum();
        assertTrue(pendingBytes <= PENDING_LOGINS_AT_MOST, "the pending logins take " + pendingBytes + " bytes");
    }
}
