package dev.portalauth.internal.chain;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import dev.portalauth.internal.config.GuestSettings;
import dev.portalauth.internal.cookie.CookieNames;
import dev.portalauth.internal.cookie.CookieWriter;
import dev.portalauth.internal.token.GuestToken;
import dev.portalauth.internal.token.GuestTokenIssuer;

/**
 * Guest sessions: the visitor's guest token is read wherever it comes; on guest paths
 * a missing, forged, expired or foreign one is replaced silently, and one older than 30 days is
 * re-issued with the same id and claims so it outlives browsers' 400-day cookie cap.
 */
public final class GuestGate {

    /** Browsers cap cookie lifetimes at 400 days; asking for more is pointless. */
    private static final long MAX_COOKIE_SECONDS = Duration.ofDays(400).toSeconds();

    private final GuestSettings settings;
    private final GuestTokenIssuer issuer;
    private final CookieWriter cookies;
    private final String cookieName;
    private final Clock clock;

    GuestGate(GuestSettings settings, GuestTokenIssuer issuer, CookieWriter cookies, CookieNames names, Clock clock) {
        this.settings = settings;
        this.issuer = issuer;
        this.cookies = cookies;
        this.cookieName = names.guest();
        this.clock = clock;
    }

    void apply(RequestAuth auth) {
        if (!settings.guestEnabled()) {
            return;
        }
        GuestToken guest = verifiedCookie(auth);
        // A refused anon request sets no cookie at all.
        boolean refusedAnon = auth.anon() != null && auth.anon().error() != null;
        boolean mayIssue = !refusedAnon && settings.guestPaths().matches(auth.path());
        if (mayIssue && guest == null) {
            guest = issuer.issueNew(Map.of());
            set(auth, guest);
        } else if (mayIssue && issuer.needsReissue(guest) && issuer.fits(guest.claims())) {
            // Claims over a budget lowered since they were set: the old token is kept as it is.
            guest = issuer.reissue(guest, guest.claims());
            set(auth, guest);
        }
        auth.guest(guest);
    }

    /** The request's guest token when genuine and current (a duplicated or oversized cookie is none). */
    public GuestToken verifiedCookie(RequestAuth auth) {
        String raw = auth.cookie(cookieName);
        return raw == null ? null : issuer.read(raw).orElse(null);
    }

    /** Puts {@code guest} on this response and makes it the request's guest. */
    public void set(RequestAuth auth, GuestToken guest) {
        long untilExpiry = guest.expiresAt().getEpochSecond() - clock.instant().getEpochSecond();
        cookies.set(auth.response(), cookieName, guest.raw(),
                Math.max(0, Math.min(MAX_COOKIE_SECONDS, untilExpiry)));
        auth.guest(guest);
    }
}
