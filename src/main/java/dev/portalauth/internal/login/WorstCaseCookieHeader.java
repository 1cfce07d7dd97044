package dev.portalauth.internal.login;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import dev.portalauth.AuthMethod;
import dev.portalauth.internal.config.AnonKeySettings;
import dev.portalauth.internal.config.CookieSettings;
import dev.portalauth.internal.config.GuestSettings;
import dev.portalauth.internal.config.OAuthSettings;
import dev.portalauth.internal.cookie.CookieNames;
import dev.portalauth.internal.token.ClaimsBudget;
import dev.portalauth.internal.token.CredentialBindings;
import dev.portalauth.internal.token.CurrentKeys;
import dev.portalauth.internal.token.GuestTokenIssuer;
import dev.portalauth.internal.token.ModuleTokens;
import dev.portalauth.internal.token.SessionPayloadCodec;

/**
 * The largest Cookie header the module's cookies can make a browser send under a configuration:
 * every credential at once with its binding (masquerade, access with its refresh token, scoped, and
 * {@code MWAuthToken} when mobile web view is on), the guest token and {@code sessionPayload} with
 * claims at {@code kraken.auth.cookie.max-claims-bytes}, and, with Kraken OAuth, the most logins in
 * progress each with the longest {@code next}. The module's own tokens are signed with the key in
 * use, so key type, key id, issuer and name prefix count as they are; Kraken's tokens, which the
 * module does not shape, count at {@link #KRAKEN_TOKEN} bytes.
 */
final class WorstCaseCookieHeader {

    /** What many servers and proxies accept in a request header line (and Payara in all headers) by default. */
    static final int BUDGET = 8 * 1024;
    /** Kraken's access, scoped and masquerade tokens as Kraken issues them run to about 0.8 KB. */
    static final int KRAKEN_TOKEN = 800;
    /** Kraken's refresh tokens are shorter than this. */
    static final int KRAKEN_REFRESH_TOKEN = 128;

    private final List<String> cookies = new ArrayList<>();

    WorstCaseCookieHeader(AnonKeySettings anonKeys, CookieSettings cookie, GuestSettings guest, OAuthSettings oauth,
                          CookieNames names, ModuleTokens tokens, CurrentKeys keys, Clock clock) {
        Instant later = clock.instant().plus(Duration.ofDays(1));
        String kraken = "k".repeat(KRAKEN_TOKEN);
        String refresh = "r".repeat(KRAKEN_REFRESH_TOKEN);
        CredentialBindings bindings = new CredentialBindings(tokens, keys);
        add(names.masquerade(), kraken);
        add(names.bindingOf(AuthMethod.MASQUERADE), bindings.bind(AuthMethod.MASQUERADE, kraken, null, null, null, later));
        add(names.access(), kraken);
        add(names.refresh(), refresh);
        add(names.bindingOf(AuthMethod.ACCESS_TOKEN), bindings.bind(AuthMethod.ACCESS_TOKEN, kraken, refresh, null,
                CredentialBindings.OAUTH_ORIGIN, later));
        add(names.scoped(), kraken);
        add(names.bindingOf(AuthMethod.SCOPED), bindings.bind(AuthMethod.SCOPED, kraken, null,
                "k".repeat(anonKeys.keyMaxLength()), null, later));
        names.mobileWebView().ifPresent(name -> add(name, kraken));
        ClaimsBudget budget = new ClaimsBudget(cookie.maxClaimsBytes());
        Map<String, Object> fullClaims = claimsOf(cookie.maxClaimsBytes());
        if (guest.guestEnabled()) {
            add(names.guest(), new GuestTokenIssuer(tokens, guest.guestLifetime(), budget, clock)
                    .issueNew(fullClaims).raw());
        }
        add(names.sessionPayload(), new SessionPayloadCodec(tokens, budget).encode("kraken|account-user:1234567890",
                fullClaims, later));
        if (oauth.oauthEnabled()) {
            PendingOAuthLogins pending = new PendingOAuthLogins(tokens, null, names, clock);
            String state = "s".repeat(43);
            String next = "/" + "n".repeat(KrakenOAuthLogin.MAX_ENCODED_NEXT - 1);
            for (int i = 0; i < PendingOAuthLogins.MAX_IN_PROGRESS; i++) {
                add(names.oauthLogin(state), pending.value(new PendingOAuthLogins.Pending(state, "v".repeat(43), next)));
            }
        }
    }

    /** {@code name=value} of each cookie, in the order above. */
    List<String> cookies() {
        return Collections.unmodifiableList(cookies);
    }

    /** The bytes of the whole header line, {@code Cookie: } to the line end. */
    int bytes() {
        return ("Cookie: " + String.join("; ", cookies) + "\r\n").length();
    }

    boolean fits() {
        return bytes() <= BUDGET;
    }

    private void add(String name, String value) {
        cookies.add(name + "=" + value);
    }

    /** One claim that takes exactly {@code bytes} as JSON. */
    private static Map<String, Object> claimsOf(int bytes) {
        int overhead = "{\"c\":\"\"}".length();
        return bytes < overhead ? Map.of() : Map.of("c", "x".repeat(bytes - overhead));
    }
}
