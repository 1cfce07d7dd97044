package dev.portalauth.internal.session;

import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.servlet.http.HttpServletRequest;

import dev.portalauth.SessionCreation;
import dev.portalauth.internal.chain.GuestGate;
import dev.portalauth.internal.chain.RequestAuth;
import dev.portalauth.internal.chain.SessionPayloads;
import dev.portalauth.internal.token.GuestToken;
import dev.portalauth.internal.token.GuestTokenIssuer;

/**
 * {@link SessionCreation}: the guest token the request came with is verified before the method;
 * when the method returns normally and the request now has a full session, the guest claims are
 * merged into its payload and the guest cookie is replaced by a fresh guest. A missing or invalid
 * guest token, or a method that throws, merges nothing.
 */
@SessionCreation
@Interceptor
@Priority(Interceptor.Priority.LIBRARY_BEFORE)
public class SessionCreationInterceptor {

    private final HttpServletRequest request;
    private final GuestGate guests;
    private final GuestTokenIssuer issuer;
    private final SessionPayloads payloads;

    @Inject
    public SessionCreationInterceptor(HttpServletRequest request, GuestGate guests, GuestTokenIssuer issuer,
                                      SessionPayloads payloads) {
        this.request = request;
        this.guests = guests;
        this.issuer = issuer;
        this.payloads = payloads;
    }

    @AroundInvoke
    public Object mergeGuest(InvocationContext invocation) throws Exception {
        RequestAuth auth = RequestAuth.of(request);
        GuestToken guest = auth == null ? null : guests.verifiedCookie(auth);
        Object result = invocation.proceed();
        if (guest != null && auth.method().isFull()) {
            if (!guest.claims().isEmpty()) {
                payloads.mergeWhatFits(auth, guest.claims());
            }
            guests.set(auth, issuer.issueNew(Map.of()));
        }
        return result;
    }
}
