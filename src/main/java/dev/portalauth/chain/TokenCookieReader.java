package dev.portalauth.chain;

import java.util.List;

import dev.portalauth.AuthMethod;
import dev.portalauth.token.KrakenToken;
import dev.portalauth.token.KrakenTokenVerifier;

/**
 * A cookie that holds a Kraken token and nothing else to do: masquerade, mobile web view and
 * scoped. Cookies listed as companions go with the token when it is cleared.
 */
final class TokenCookieReader implements CredentialReader {

    private final String cookieName;
    private final AuthMethod method;
    private final List<String> companions;
    private final KrakenTokenVerifier verifier;
    private final CookieWriter cookies;

    TokenCookieReader(String cookieName, AuthMethod method, List<String> companions,
                      KrakenTokenVerifier verifier, CookieWriter cookies) {
        this.cookieName = cookieName;
        this.method = method;
        this.companions = companions;
        this.verifier = verifier;
        this.cookies = cookies;
    }

    @Override
    public boolean read(RequestAuth auth) {
        String raw = auth.cookie(cookieName);
        if (raw == null) {
            return false;
        }
        KrakenToken token = verifier.verify(raw).orElse(null);
        if (token != null) {
            auth.authenticate(method, token);
            return true;
        }
        cookies.clear(auth.response(), cookieName);
        companions.forEach(c -> cookies.clear(auth.response(), c));
        return false;
    }
}
