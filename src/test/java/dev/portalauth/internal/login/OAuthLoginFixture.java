package dev.portalauth.internal.login;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import dev.portalauth.internal.chain.ChainFixture;
import dev.portalauth.internal.chain.FakeKraken;
import dev.portalauth.internal.chain.RequestAuth;
import dev.portalauth.internal.chain.RequestAuths;
import dev.portalauth.internal.config.AuthSettings;
import dev.portalauth.internal.kraken.ObtainedToken;
import dev.portalauth.internal.support.FakeHttp;
import dev.portalauth.internal.support.MutableClock;
import dev.portalauth.internal.token.CredentialBinding;

/**
 * {@link KrakenOAuthLogin} built as CDI builds it, over a {@link ChainFixture} (no server, a scripted
 * token endpoint), for the unit specs of the chain and of the web endpoints. Kraken OAuth is
 * configured with the simulator-like endpoint {@code https://auth.example} and client {@code portal}.
 */
public final class OAuthLoginFixture {

    public static final String AUTH_ENDPOINT = "https://auth.example";
    public static final String CLIENT_ID = "portal";

    final ChainFixture chain;
    private final KrakenOAuthLogin login;

    /** With Kraken OAuth configured (public origin {@code http://localhost:8080}) plus {@code keysAndValues}. */
    public OAuthLoginFixture(String... keysAndValues) {
        String[] all = new String[keysAndValues.length + 6];
        all[0] = "kraken.auth-endpoint";
        all[1] = AUTH_ENDPOINT;
        all[2] = "kraken.oauth-client-id";
        all[3] = CLIENT_ID;
        all[4] = "kraken.auth.public-origin";
        all[5] = "http://localhost:8080";
        System.arraycopy(keysAndValues, 0, all, 6, keysAndValues.length);
        chain = new ChainFixture(all);
        login = new KrakenOAuthLogin(chain.settings.oauth(), chain.settings.proxy(), chain.settings.endpoints(),
                chain.oauth, chain.verifier.tokens(),
                new AccessSessions(chain.chain, chain.sessionCookies, chain.names), chain.limits, chain.moduleTokens,
                chain.cookies, chain.names, chain.clock);
    }

    public KrakenOAuthLogin login() {
        return login;
    }

    public AuthSettings settings() {
        return chain.settings;
    }

    /** The token endpoint cannot be reached. */
    public void tokenEndpointDown() {
        grantsWith(() -> {
            throw FakeKraken.unavailable();
        });
    }

    public MutableClock clock() {
        return chain.clock;
    }

    /** The token endpoint answers the next code exchanges with an access token for user 123 and {@code refresh-1}. */
    public void tokenEndpointGrants() {
        String access = chain.krakenToken("EMAIL-AND-PASSWORD");
        grantsWith(() -> new ObtainedToken(access, Optional.of("refresh-1"),
                Optional.of(chain.clock.instant().plus(Duration.ofDays(7)))));
    }

    public void grantsWith(Supplier<ObtainedToken> answer) {
        chain.oauth.codeAnswer = answer;
    }

    public int codeExchanges() {
        return chain.oauth.codeExchanges.get();
    }

    public String lastCodeVerifier() {
        return chain.oauth.lastCodeVerifier;
    }

    public String lastRedirectUri() {
        return chain.oauth.lastRedirectUri;
    }

    /** The binding {@code http}'s response set for the access session, or {@code null}. */
    public CredentialBinding accessBinding(FakeHttp http) {
        return chain.verifier.binding(http.setCookieValue("accessTokenBinding"));
    }

    /** The decoded query parameters of {@code url}. */
    public static Map<String, String> queryOf(String url) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : URI.create(url).getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            values.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return values;
    }

    public static RequestAuth auth(FakeHttp http) {
        return RequestAuths.of(http);
    }
}
