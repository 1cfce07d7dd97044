package dev.portalauth.chain;

import java.util.List;

import dev.portalauth.AuthMethod;

/**
 * The priority of credentials (SPEC section 4.1) as one explicit list: masquerade, mobile web
 * view, access (with refresh), scoped. The first valid one makes the session.
 */
final class CredentialChain {

    private final List<CredentialReader> readers;

    CredentialChain(List<CredentialReader> readersByPriority) {
        this.readers = List.copyOf(readersByPriority);
    }

    static CredentialChain standard(TokenCookieReaders tokenCookies, AccessTokenReader access) {
        return new CredentialChain(List.of(
                tokenCookies.reader(AuthCookies.MASQUERADE, AuthMethod.MASQUERADE),
                tokenCookies.reader(AuthCookies.MOBILE_WEB_VIEW, AuthMethod.MOBILE_WEB_VIEW),
                access,
                tokenCookies.reader(AuthCookies.SCOPED, AuthMethod.SCOPED, AuthCookies.SCOPED_KEY)));
    }

    void resolve(RequestAuth auth) {
        for (CredentialReader reader : readers) {
            if (reader.read(auth)) {
                return;
            }
        }
    }
}
