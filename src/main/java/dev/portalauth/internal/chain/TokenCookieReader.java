package dev.portalauth.internal.chain;

import dev.portalauth.AuthMethod;
import dev.portalauth.internal.cookie.CookieWriter;
import dev.portalauth.internal.token.CredentialVerifier.Proof;
import dev.portalauth.internal.token.CredentialVerifier;
import dev.portalauth.internal.token.Verdict;

/**
 * A cookie that holds a Kraken token and nothing else to do: masquerade, mobile web view and
 * scoped. A proven token makes the session; a refused one is cleared with its binding; an
 * undecided one (a key this node does not know yet, the JWKS or Kraken unreachable) grants
 * nothing and is kept.
 */
final class TokenCookieReader implements CredentialReader {

    private final AuthMethod kind;
    private final String cookie;
    private final String bindingCookie;
    private final CredentialVerifier verifier;
    private final KrakenConfirmations confirmations;
    private final CookieWriter cookies;

    /**
     * @param bindingCookie {@code null} for a credential the module never sets (mobile web view)
     * @param confirmations {@code null} for kinds Kraken is never asked about
     */
    TokenCookieReader(AuthMethod kind, String cookie, String bindingCookie, CredentialVerifier verifier,
                      KrakenConfirmations confirmations, CookieWriter cookies) {
        this.kind = kind;
        this.cookie = cookie;
        this.bindingCookie = bindingCookie;
        this.verifier = verifier;
        this.confirmations = confirmations;
        this.cookies = cookies;
    }

    @Override
    public boolean read(RequestAuth auth) {
        String raw = auth.cookie(cookie);
        if (raw == null) {
            if (auth.cookieRefused(cookie)) {
                clear(auth);
            }
            return false;
        }
        String binding = bindingCookie == null ? null : auth.cookie(bindingCookie);
        Proof proof = verifier.prove(kind, raw, binding,
                confirmations == null ? null : confirmations.forClient(auth.clientAddress()));
        if (proof.verdict() == Verdict.PROVEN) {
            auth.authenticate(kind, proof.token());
            auth.unverified(proof.unverified());
            return true;
        }
        if (proof.verdict() == Verdict.REFUSED) {
            clear(auth);
        }
        return false;
    }

    private void clear(RequestAuth auth) {
        cookies.clear(auth.response(), cookie);
        if (bindingCookie != null) {
            cookies.clear(auth.response(), bindingCookie);
        }
    }
}
