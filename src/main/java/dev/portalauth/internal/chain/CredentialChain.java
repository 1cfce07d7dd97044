package dev.portalauth.internal.chain;

import java.util.List;

import dev.portalauth.AuthMethod;
import dev.portalauth.internal.token.CredentialVerifier;

/**
 * The priority of credentials (SPEC section 4.1) as one explicit list: masquerade, mobile web
 * view, access (with refresh), scoped. The first valid one makes the session.
 */
final class CredentialChain {

    private final List<CredentialReader> readers;

    CredentialChain(List<CredentialReader> readersByPriority) {
        this.readers = List.copyOf(readersByPriority);
    }

    static CredentialChain standard(CredentialVerifier verifier, CookieNames names, CookieWriter cookies,
                                    KrakenConfirmations confirmations, AccessTokenReader access) {
        return new CredentialChain(List.of(
                bound(AuthMethod.MASQUERADE, verifier, names, cookies),
                // Set by a mobile app: no binding; without a JWKS, Kraken confirms it once.
                new TokenCookieReader(AuthMethod.MOBILE_WEB_VIEW, names.mobileWebView(), null, verifier,
                        confirmations, cookies),
                access,
                bound(AuthMethod.SCOPED, verifier, names, cookies)));
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
