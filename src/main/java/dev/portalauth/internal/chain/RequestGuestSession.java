package dev.portalauth.internal.chain;

import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import dev.portalauth.GuestSession;
import dev.portalauth.internal.token.GuestToken;
import dev.portalauth.internal.token.GuestTokenIssuer;
import dev.portalauth.internal.token.ReservedClaims;

/** {@link GuestSession} for the current request; {@link #update} re-issues the cookie on this response. */
@RequestScoped
public class RequestGuestSession implements GuestSession {

    @Inject
    HttpServletRequest request;
    @Inject
    AuthChain chain;

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
        GuestTokenIssuer issuer = chain.guests().issuer();
        GuestToken updated = auth.guest() == null ? issuer.issueNew(claims) : issuer.reissue(auth.guest(), claims);
        chain.guests().set(auth, updated);
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
