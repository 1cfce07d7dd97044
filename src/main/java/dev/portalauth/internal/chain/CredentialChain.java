package dev.portalauth.internal.chain;

import java.util.ArrayList;
import java.util.List;

import dev.portalauth.AuthMethod;
import dev.portalauth.internal.cookie.CookieNames;
import dev.portalauth.internal.cookie.CookieWriter;
import dev.portalauth.internal.token.CredentialVerifier;

/**
 * The priority of credentials as one explicit list: masquerade, mobile web
 * view (only when turned on), access (with refresh), scoped. The first valid one makes the session.
 */
public final class CredentialChain {

    private final List<CredentialReader> readers;

    CredentialChain(List<CredentialReader> readersByPriority) {
        this.readers = List.copyOf(readersByPriority);
    }

    static CredentialChain standard(CredentialVerifier verifier, CookieNames names, CookieWriter cookies,
                                    KrakenConfirmations confirmations, AccessTokenReader access) {
        List<CredentialReader> readers = new ArrayList<>();
        readers.add(bound(AuthMethod.MASQUERADE, verifier, names, cookies));
        // Set by a mobile app: no binding; without a JWKS, Kraken confirms it once. Off, it is not read at all.
        names.mobileWebView().ifPresent(name -> readers.add(
                new TokenCookieReader(AuthMethod.MOBILE_WEB_VIEW, name, null, verifier, confirmations, cookies)));
        readers.add(access);
        readers.add(bound(AuthMethod.SCOPED, verifier, names, cookies));
        return new CredentialChain(readers);
    }

    private static CredentialReader bound(AuthMethod kind, CredentialVerifier verifier, CookieNames names,
                                          CookieWriter cookies) {
        return new TokenCookieReader(kind, names.credentialOf(kind), names.bindingOf(kind), verifier, null, cookies);
    }

    void resolve(RequestAuth auth) {
        for (CredentialReader reader : readers) {
            if (reader.read(auth)) {
                return;
            }
        }
    }
}
