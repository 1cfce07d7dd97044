package dev.portalauth.internal.session;

import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import dev.portalauth.GuestSession;
import dev.portalauth.internal.chain.GuestGate;
import dev.portalauth.internal.chain.RequestAuth;
import dev.portalauth.internal.token.GuestToken;
import dev.portalauth.internal.token.GuestTokenIssuer;
import dev.portalauth.internal.token.ReservedClaims;

/** {@link GuestSession} for the current request; {@link #update} re-issues the cookie on this response. */
@RequestScoped
public class RequestGuestSession implements GuestSession {

    private final HttpServletRequest request;
    private final GuestGate guests;
    private final GuestTokenIssuer issuer;

    @Inject
    public RequestGuestSession(HttpServletRequest request, GuestGate guests, GuestTokenIssuer issuer) {
        this.request = request;
        this.guests = guests;
        this.issuer = issuer;
    }

    /** For the container's client proxy only. */
    protected RequestGuestSession() {
        this(null, null, null);
    }

    @Override
    public String id() {
        return current().id();
    }

    @Override
    public Map<String, Object> claims() {
        return current().claims();
    }

    @Override
    public void update(Map<String, Object> claims) {
        ReservedClaims.requireNone(claims);
        RequestAuth auth = auth();
        GuestToken updated = auth.guest() == null ? issuer.issueNew(claims) : issuer.reissue(auth.guest(), claims);
        guests.set(auth, updated);
    }

    private GuestToken current() {
        GuestToken guest = auth().guest();
        if (guest == null) {
            throw new IllegalStateException(GuestMessages.NO_GUEST_SESSION.format());
        }
        return guest;
    }

    private RequestAuth auth() {
        return RequestAuth.required(request);
    }
}
