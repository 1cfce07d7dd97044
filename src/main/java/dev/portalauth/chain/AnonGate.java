package dev.portalauth.chain;

import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;

import dev.portalauth.AuthErrorCode;
import dev.portalauth.AuthMethod;
import dev.portalauth.KrakenException;
import dev.portalauth.config.AuthSettings;
import dev.portalauth.spi.AnonParamsExtractor;
import dev.portalauth.spi.RouteRequest;
import dev.portalauth.token.KrakenToken;

/**
 * Anon pathnames (SPEC section 4.2): a full session passes; a scoped token from the same key is
 * reused; otherwise the key is exchanged and this very request becomes scoped. Failures are only
 * recorded here (no cookie is set); the route filter answers them.
 */
final class AnonGate {

    private static final Logger LOG = Logger.getLogger(AnonGate.class.getName());

    private final AuthSettings settings;
    private final AnonParamsExtractor extractor;
    private final KeyExchanger exchanger;
    private final CookieWriter cookies;
    private final SessionCookies lifetimes;

    AnonGate(AuthSettings settings, AnonParamsExtractor extractor, KeyExchanger exchanger, CookieWriter cookies,
             Clock clock) {
        this.settings = settings;
        this.extractor = extractor;
        this.exchanger = exchanger;
        this.cookies = cookies;
        this.lifetimes = new SessionCookies(cookies, clock);
    }

    void apply(RequestAuth auth) {
        String pathname = settings.anonPathnames().match(auth.path());
        if (pathname == null) {
            return;
        }
        auth.anonPathname(pathname);
        auth.response().setHeader("Referrer-Policy", "no-referrer");
        if (auth.method().isFull() || settings.anonAllowList().matches(auth.path())) {
            return;
        }
        Optional<String> key = extractor.preSignedKey(new RouteRequest(auth.request(), auth.path(), pathname))
                .map(String::trim)
                .filter(k -> !k.isEmpty());
        if (key.isEmpty()) {
            if (auth.method() != AuthMethod.SCOPED) {
                auth.anonError(AuthErrorCode.PRE_SIGNED_KEY_MISSING);
            }
            return;
        }
        if (!wellFormed(key.get())) {
            fail(auth, AuthErrorCode.PRE_SIGNED_KEY_INVALID);
            return;
        }
        if (auth.method() == AuthMethod.SCOPED && boundTo(auth, key.get())) {
            return;
        }
        try {
            KrakenToken token = exchanger.exchange(key.get(), auth.request().getRemoteAddr());
            long maxAge = lifetimes.secondsUntil(token.expiresAt());
            cookies.set(auth.response(), AuthCookies.SCOPED, token.raw(), maxAge);
            cookies.set(auth.response(), AuthCookies.SCOPED_KEY, KeyExchanger.binding(key.get(), token.raw()), maxAge);
            auth.authenticate(AuthMethod.SCOPED, token);
            auth.exchanged(true);
        } catch (KrakenException e) {
            fail(auth, e.authError().orElse(AuthErrorCode.KRAKEN_UNAVAILABLE));
        }
    }

    private static boolean boundTo(RequestAuth auth, String key) {
        String binding = auth.cookie(AuthCookies.SCOPED_KEY);
        return binding != null && binding.equals(KeyExchanger.binding(key, auth.token().raw()));
    }

    /** Printable ASCII without spaces, within the configured length: anything else never reaches Kraken. */
    private boolean wellFormed(String key) {
        if (key.length() > settings.keyMaxLength()) {
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

    private static void fail(RequestAuth auth, AuthErrorCode code) {
        LOG.fine(() -> "KPA-ANON-001 anon request refused: " + code);
        auth.forget();
        auth.anonError(code);
    }
}
