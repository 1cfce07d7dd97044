package dev.portalauth.internal.login;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import com.nimbusds.jwt.JWTClaimsSet;

import jakarta.servlet.http.Cookie;

import dev.portalauth.internal.chain.RequestAuth;
import dev.portalauth.internal.cookie.CookieNames;
import dev.portalauth.internal.cookie.CookieWriter;
import dev.portalauth.internal.token.ModuleTokens;
import dev.portalauth.internal.token.TokenKind;

/**
 * The Kraken OAuth logins in progress, one short-lived module-signed cookie each, named
 * after the login's {@code state} so that logins started in two tabs do not overwrite each other.
 * The cookie is {@code SameSite=Lax} whatever the configuration says: the callback is a navigation
 * from Kraken's site, which a {@code Strict} cookie would not come with. It is signed, not
 * encrypted: it holds the PKCE verifier only for this browser, which is who sends it back. It holds
 * nothing the callback can work out for itself (the {@code redirect_uri} follows from
 * {@code kraken.auth.public-origin}): a third party can make a browser start logins, so each byte
 * here is a byte of every victim's Cookie header.
 */
final class PendingOAuthLogins {

    static final Duration LIFETIME = Duration.ofMinutes(10);
    /**
     * Logins in progress one browser may hold (two tabs keep two); starting one more abandons them all. Bounded so that
     * a page starting logins in a victim's browser cannot grow its cookies past what servers accept
     * (a browser sending too large a Cookie header is refused everywhere until they expire).
     */
    static final int MAX_IN_PROGRESS = 2;

    /** What {@link Pkce#randomValue} makes, and so the only shape a {@code state} may have. */
    private static final Pattern STATE = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final String STATE_CLAIM = "st";
    private static final String VERIFIER_CLAIM = "cv";
    private static final String NEXT_CLAIM = "nx";

    /** One login in progress; {@code next} is a safe relative path or {@code null}. */
    record Pending(String state, String codeVerifier, String next) {

        String codeChallenge() {
            return Pkce.challengeOf(codeVerifier);
        }

        @Override
        public String toString() {
            return "Pending[redacted]";
        }
    }

    private final ModuleTokens tokens;
    private final CookieWriter cookies;
    private final CookieNames names;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    PendingOAuthLogins(ModuleTokens tokens, CookieWriter cookies, CookieNames names, Clock clock) {
        this.tokens = tokens;
        this.cookies = cookies;
        this.names = names;
        this.clock = clock;
    }

    /** A new login in progress, its cookie set on the response. */
    Pending begin(RequestAuth auth, String next) {
        abandonCrowd(auth);
        Pending pending = new Pending(Pkce.randomValue(random), Pkce.randomValue(random), next);
        cookies.setLax(auth.response(), names.oauthLogin(pending.state()), value(pending), LIFETIME.toSeconds());
        return pending;
    }

    /** The cookie's value for {@code pending}. */
    String value(Pending pending) {
        Map<String, Object> claims = new HashMap<>();
        claims.put(STATE_CLAIM, pending.state());
        claims.put(VERIFIER_CLAIM, pending.codeVerifier());
        if (pending.next() != null) {
            claims.put(NEXT_CLAIM, pending.next());
        }
        return tokens.sign(TokenKind.OAUTH_LOGIN, claims, clock.instant().plus(LIFETIME));
    }

    /**
     * The login {@code state} names, when this browser started it within the last ten minutes and
     * its cookie is the module's; its cookie is cleared either way. Empty for anything else: an
     * unknown or malformed state, a missing, forged or expired cookie, or one already used.
     */
    Optional<Pending> take(RequestAuth auth, String state) {
        if (state == null || !STATE.matcher(state).matches()) {
            return Optional.empty();
        }
        String name = names.oauthLogin(state);
        String raw = auth.cookie(name);
        if (raw != null || auth.cookieRefused(name)) {
            cookies.clearLax(auth.response(), name);
        }
        return Optional.ofNullable(raw).flatMap(r -> tokens.verify(TokenKind.OAUTH_LOGIN, r))
                .filter(claims -> state.equals(text(claims, STATE_CLAIM)))
                .flatMap(claims -> read(state, claims));
    }

    private static Optional<Pending> read(String state, JWTClaimsSet claims) {
        String verifier = text(claims, VERIFIER_CLAIM);
        return verifier == null ? Optional.empty() : Optional.of(new Pending(state, verifier, text(claims, NEXT_CLAIM)));
    }

    private void abandonCrowd(RequestAuth auth) {
        Cookie[] sent = auth.request().getCookies();
        if (sent == null) {
            return;
        }
        long inProgress = Arrays.stream(sent).filter(c -> names.isOAuthLogin(c.getName())).count();
        if (inProgress >= MAX_IN_PROGRESS) {
            Arrays.stream(sent).map(Cookie::getName).filter(names::isOAuthLogin).distinct()
                    .forEach(name -> cookies.clearLax(auth.response(), name));
        }
    }

    private static String text(JWTClaimsSet claims, String name) {
        return claims.getClaim(name) instanceof String s ? s : null;
    }
}
