package dev.portalauth.internal.chain;

import java.util.Optional;
import java.util.logging.Logger;

import dev.portalauth.AuthErrorCode;
import dev.portalauth.AuthMethod;
import dev.portalauth.KrakenException;
import dev.portalauth.internal.config.AnonKeySettings;
import dev.portalauth.internal.config.RouteSettings;
import dev.portalauth.internal.cookie.CookieNames;
import dev.portalauth.internal.cookie.CookieWriter;
import dev.portalauth.internal.cookie.SessionCookies;
import dev.portalauth.internal.support.Hashes;
import dev.portalauth.internal.token.CredentialBinding;
import dev.portalauth.internal.token.CredentialVerifier;
import dev.portalauth.spi.AnonParamsExtractor;

/**
 * Anon pathnames: a full session passes; a scoped token from the same key is
 * reused; otherwise the key is exchanged and this very request becomes scoped. Failures are only
 * recorded here (no cookie is set); the route filter answers them.
 */
public final class AnonGate {

    private static final Logger LOG = Logger.getLogger(AnonGate.class.getName());

    private final RouteSettings routes;
    private final AnonKeySettings anonKeys;
    private final AnonParamsExtractor extractor;
    private final KeyExchanger exchanger;
    private final SessionCookies sessionCookies;
    private final CredentialVerifier verifier;
    private final RefusedKeys keys;
    private final CookieWriter cookies;
    private final CookieNames names;
    private final String bindingCookie;

    AnonGate(RouteSettings routes, AnonKeySettings anonKeys, AnonParamsExtractor extractor, KeyExchanger exchanger,
             SessionCookies sessionCookies, CredentialVerifier verifier, RefusedKeys keys, CookieWriter cookies,
             CookieNames names) {
        this.routes = routes;
        this.anonKeys = anonKeys;
        this.extractor = extractor;
        this.exchanger = exchanger;
        this.sessionCookies = sessionCookies;
        this.verifier = verifier;
        this.keys = keys;
        this.cookies = cookies;
        this.names = names;
        this.bindingCookie = names.bindingOf(AuthMethod.SCOPED);
    }

    /** Decides the request's anon visit (none off anon pathnames) and records it in {@code auth}. */
    void apply(RequestAuth auth) {
        String pathname = routes.anonPathnames().match(auth.path());
        if (pathname != null) {
            auth.anon(visit(auth, pathname));
        }
    }

    private AnonVisit visit(RequestAuth auth, String pathname) {
        auth.response().setHeader("Referrer-Policy", "no-referrer");
        if (auth.method().isFull() || routes.anonAllowList().matches(auth.path())) {
            return new AnonVisit(pathname, null, false);
        }
        if (auth.method() == AuthMethod.SCOPED && madeFromAnEndedKey(auth)) {
            // Another tab or device ended the link: this session of it ends too, before any reuse.
            cookies.clear(auth.response(), names.scoped());
            cookies.clear(auth.response(), bindingCookie);
            auth.forget();
        }
        Optional<String> key = extractor.preSignedKey(new MatchedRoute(auth.request(), auth.path(), pathname))
                .map(String::trim)
                .filter(k -> !k.isEmpty());
        if (key.isEmpty()) {
            return new AnonVisit(pathname,
                    auth.method() == AuthMethod.SCOPED ? null : AuthErrorCode.PRE_SIGNED_KEY_MISSING, false);
        }
        if (!wellFormed(key.get())) {
            return fail(auth, pathname, AuthErrorCode.PRE_SIGNED_KEY_INVALID);
        }
        if (auth.method() == AuthMethod.SCOPED && boundTo(auth, key.get())) {
            auth.preSignedKey(key.get());
            return new AnonVisit(pathname, null, false);
        }
        try {
            KeyExchanger.Exchanged exchanged = exchanger.exchange(key.get(), auth.clientAddress());
            sessionCookies.write(auth.response(), exchanged.cookies());
            auth.authenticate(AuthMethod.SCOPED, exchanged.token());
            auth.preSignedKey(key.get());
            return new AnonVisit(pathname, null, true);
        } catch (KrakenException e) {
            return fail(auth, pathname, e.authError().orElse(AuthErrorCode.KRAKEN_UNAVAILABLE));
        }
    }

    /** The scoped session's binding names a key ended on this server. */
    private boolean madeFromAnEndedKey(RequestAuth auth) {
        CredentialBinding binding = verifier.binding(auth.cookie(bindingCookie));
        return binding != null && binding.keyHash() != null && keys.wasEnded(binding.keyHash());
    }

    /** The scoped session came from this very key: its binding names the key's hash. */
    private boolean boundTo(RequestAuth auth, String key) {
        CredentialBinding binding = verifier.binding(auth.cookie(bindingCookie));
        return binding != null && binding.kind() == AuthMethod.SCOPED && binding.keyHash() != null
                && binding.tokenHash().equals(auth.token().hash()) && binding.keyHash().equals(Hashes.sha256(key));
    }

    /** Printable ASCII without spaces, within the configured length: anything else never reaches Kraken. */
    private boolean wellFormed(String key) {
        if (key.length() > anonKeys.keyMaxLength()) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c <= ' ' || c >= 0x7f) {
                return false;
            }
        }
        return true;
    }

    private static AnonVisit fail(RequestAuth auth, String pathname, AuthErrorCode code) {
        AnonMessages.REFUSED.log(LOG, code);
        auth.forget();
        return new AnonVisit(pathname, code, false);
    }
}
