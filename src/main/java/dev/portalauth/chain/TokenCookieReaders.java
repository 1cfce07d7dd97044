package dev.portalauth.chain;

import java.util.List;

import dev.portalauth.AuthMethod;
import dev.portalauth.token.KrakenTokenVerifier;

/** Makes {@link TokenCookieReader}s that share one verifier and one cookie writer. */
record TokenCookieReaders(KrakenTokenVerifier verifier, CookieWriter cookies) {

    TokenCookieReader reader(String cookieName, AuthMethod method, String... companions) {
        return new TokenCookieReader(cookieName, method, List.of(companions), verifier, cookies);
    }
}
