package dev.portalauth.internal.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import dev.portalauth.AuthMethod;
import dev.portalauth.internal.support.FakeHttp;
import dev.portalauth.internal.token.CredentialVerifier;

/**
 * The trust rules over any cookie header an attacker can send: genuine tokens and bindings of every kind
 * shuffled between cookies, duplicated, swapped, forged, oversized. Whatever the mix, the chain never
 * throws, never sets a cookie browsers would drop, and makes a session of a kind only from a cookie
 * of that kind that is there once with the binding the module made for that very token as that kind.
 */
class CookieHeaderProperties {

    private static final ChainFixture CHAIN = ChainFixture.withMobileWebView();
    private static final List<String> NAMES = List.of("masqueradeToken", "masqueradeTokenBinding", "MWAuthToken",
            "accessToken", "accessTokenBinding", "refreshToken", "scopedToken", "scopedTokenBinding", "sessionPayload",
            "jwt");
    /** Genuine module-made pairs: token and binding of each kind. */
    private static final Map<AuthMethod, String[]> GENUINE = Map.of(
            AuthMethod.MASQUERADE, pair(AuthMethod.MASQUERADE, "MASQUERADE"),
            AuthMethod.ACCESS_TOKEN, pair(AuthMethod.ACCESS_TOKEN, "EMAIL-AND-PASSWORD"),
            AuthMethod.SCOPED, pair(AuthMethod.SCOPED, "PRE-SIGNED-KEY"));
    private static final String FORGED = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJrcmFrZW58YWNjb3VudC11c2VyOjEiLCJleHAiOjQxMDI0NDQ4MDAsImlhdCI6MX0.AAAA";

    private static String[] pair(AuthMethod kind, String gty) {
        String token = CHAIN.krakenToken(gty);
        return new String[] {token, CHAIN.binding(kind, token, kind == AuthMethod.ACCESS_TOKEN ? "refresh-1" : null, "k")};
    }

    /** What an attacker (or a browser) may put in one kind's pair of cookies. */
    private static Arbitrary<List<String[]>> slot(AuthMethod kind) {
        String cookie = CHAIN.names.credentialOf(kind);
        String bindingCookie = CHAIN.names.bindingOf(kind);
        String[] own = GENUINE.get(kind);
        Arbitrary<String[]> other = Arbitraries.of(GENUINE.values().stream().filter(p -> p != own).toList());
        return Arbitraries.oneOf(
                Arbitraries.just(cookies()),
                Arbitraries.just(cookies(cookie, own[0], bindingCookie, own[1])),
                other.map(p -> cookies(cookie, p[0], bindingCookie, p[1])),
                other.map(p -> cookies(cookie, own[0], bindingCookie, p[1])),
                Arbitraries.just(cookies(cookie, own[0])),
                Arbitraries.just(cookies(cookie, own[0], cookie, own[0], bindingCookie, own[1])),
                Arbitraries.just(cookies(cookie, FORGED, bindingCookie, own[1])));
    }

    @Provide
    Arbitrary<List<String[]>> cookieHeaders() {
        List<String> values = new ArrayList<>(List.of(FORGED, "", "garbage", "refresh-1", "x".repeat(4100)));
        GENUINE.values().forEach(p -> values.addAll(List.of(p)));
        Arbitrary<List<String[]>> noise = Combinators.combine(Arbitraries.of(NAMES), Arbitraries.of(values))
                .as((name, value) -> new String[] {name, value}).list().ofMaxSize(3);
        Arbitrary<List<String[]>> mobile = Arbitraries.oneOf(Arbitraries.just(cookies()),
                Arbitraries.of(GENUINE.values().stream().map(p -> p[0]).toList()).map(t -> cookies("MWAuthToken", t)));
        return Combinators.combine(slot(AuthMethod.MASQUERADE), mobile, slot(AuthMethod.ACCESS_TOKEN),
                slot(AuthMethod.SCOPED), noise).as((m, w, a, sc, n) -> {
                    List<String[]> all = new ArrayList<>();
                    List.of(m, w, a, sc, n).forEach(all::addAll);
                    return all;
                });
    }

    private static List<String[]> cookies(String... namesAndValues) {
        List<String[]> list = new ArrayList<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            list.add(new String[] {namesAndValues[i], namesAndValues[i + 1]});
        }
        return list;
    }

    @Property(tries = 400)
    void onlyAGenuineBoundPairInItsOwnCookiesMakesASession(@ForAll("cookieHeaders") List<String[]> cookies) {
        FakeHttp http = new FakeHttp();
        cookies.forEach(c -> http.cookie(c[0], c[1]));

        RequestAuth auth = CHAIN.resolve(http);

        assertTrue(http.setCookies.stream().allMatch(h -> h.substring(0, h.indexOf(';')).length() <= 4096));
        AuthMethod method = auth.method();
        if (method == AuthMethod.NONE) {
            return;
        }
        if (method == AuthMethod.MOBILE_WEB_VIEW) {
            String token = only(cookies, "MWAuthToken");
            CredentialVerifier verifier = CHAIN.verifier;
            assertTrue(verifier.fitsKind(AuthMethod.MOBILE_WEB_VIEW, verifier.tokens().decode(token).orElseThrow()));
            return;
        }
        String credential = only(cookies, CHAIN.names.credentialOf(method));
        String binding = only(cookies, CHAIN.names.bindingOf(method));
        String[] genuine = GENUINE.get(method);
        assertEquals(genuine[0], credential, method + " from a token the module did not bind as " + method);
        assertEquals(genuine[1], binding, method + " without its own binding");
        assertEquals(genuine[0], auth.token().raw());
    }

    /** The one value of {@code name}; fails when the cookie is absent or there twice. */
    private static String only(List<String[]> cookies, String name) {
        List<String> found = cookies.stream().filter(c -> c[0].equals(name)).map(c -> c[1]).toList();
        assertEquals(1, found.size(), name + " present once: " + found.size());
        return found.get(0);
    }
}
