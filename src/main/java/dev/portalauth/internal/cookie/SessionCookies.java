package dev.portalauth.internal.cookie;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

import jakarta.servlet.http.HttpServletResponse;

import dev.portalauth.AuthErrorCode;
import dev.portalauth.AuthMethod;
import dev.portalauth.KrakenException;
import dev.portalauth.internal.kraken.ObtainedToken;
import dev.portalauth.internal.token.CredentialBindings;
import dev.portalauth.internal.token.KrakenToken;
import dev.portalauth.internal.token.CookieMessages;

/**
 * The cookies of a session the module sets: each Kraken token with its binding, with
 * lifetimes from the tokens themselves. A set is planned whole — signed and checked to fit — before
 * any cookie of it is written, so a token too large to keep never leaves a half-set session.
 */
public final class SessionCookies {

    private static final Logger LOG = Logger.getLogger(SessionCookies.class.getName());

    /** A refresh token whose expiry Kraken did not say: Kraken's refresh lifetime. */
    public static final Duration DEFAULT_REFRESH_LIFETIME = Duration.ofDays(7);

    /** One cookie to write; {@code expiresAt} {@code null} makes a browser-session cookie. */
    private record Entry(String name, String value, Instant expiresAt) {
    }

    /** Cookies planned together and written together; shareable between the responses of one burst. */
    public static final class Planned {

        private final List<Entry> entries;

        private Planned(List<Entry> entries) {
            this.entries = List.copyOf(entries);
        }
    }

    private final CookieWriter cookies;
    private final CookieNames names;
    private final CredentialBindings bindings;
    private final Clock clock;

    public SessionCookies(CookieWriter cookies, CookieNames names, CredentialBindings bindings, Clock clock) {
        this.cookies = cookies;
        this.names = names;
        this.bindings = bindings;
        this.clock = clock;
    }

    /** {@code accessToken} until its {@code exp}; {@code refreshToken} and the binding until Kraken's {@code refreshExpiresIn}. */
    public Planned access(KrakenToken access, ObtainedToken obtained, String origin, String operation) {
        String refresh = obtained.refreshToken().orElse(null);
        Instant sessionEnd = refresh == null ? access.expiresAt()
                : obtained.refreshExpiresAt().orElse(clock.instant().plus(DEFAULT_REFRESH_LIFETIME));
        List<Entry> entries = new ArrayList<>();
        entries.add(new Entry(names.access(), access.raw(), access.expiresAt()));
        if (refresh != null) {
            entries.add(new Entry(names.refresh(), refresh, obtained.refreshExpiresAt().orElse(null)));
        }
        entries.add(new Entry(names.bindingOf(AuthMethod.ACCESS_TOKEN),
                bindings.bind(AuthMethod.ACCESS_TOKEN, access.raw(), refresh, null, origin, sessionEnd), sessionEnd));
        return checked(entries, operation);
    }

    /** {@code masqueradeToken} and its binding for the browser session. */
    public Planned masquerade(KrakenToken token) {
        return checked(List.of(
                new Entry(names.masquerade(), token.raw(), null),
                new Entry(names.bindingOf(AuthMethod.MASQUERADE),
                        bindings.bind(AuthMethod.MASQUERADE, token.raw(), null, null, null, token.expiresAt()), null)),
                "masquerade");
    }

    /** {@code scopedToken} and its binding (which names the key it came from) until the token's {@code exp}. */
    public Planned scoped(KrakenToken token, String preSignedKey) {
        return checked(List.of(
                new Entry(names.scoped(), token.raw(), token.expiresAt()),
                new Entry(names.bindingOf(AuthMethod.SCOPED),
                        bindings.bind(AuthMethod.SCOPED, token.raw(), null, preSignedKey, null, token.expiresAt()),
                        token.expiresAt())),
                "exchange");
    }

    public void write(HttpServletResponse response, Planned planned) {
        for (Entry e : planned.entries) {
            cookies.set(response, e.name(), e.value(), e.expiresAt() == null ? -1 : secondsUntil(e.expiresAt()));
        }
    }

    long secondsUntil(Instant instant) {
        return Math.max(0, instant.getEpochSecond() - clock.instant().getEpochSecond());
    }

    private static Planned checked(List<Entry> entries, String operation) {
        for (Entry e : entries) {
            if (!CookieWriter.fits(e.name(), e.value())) {
                CookieMessages.KRAKEN_TOKEN_TOO_LARGE.log(LOG, operation, e.name(), e.value().length());
                throw new KrakenException(AuthErrorCode.KRAKEN_UNAVAILABLE, List.of(),
                        operation + ": token too large for a cookie");
            }
        }
        return new Planned(entries);
    }
}
