package dev.portalauth.internal.chain;

import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.servlet.http.HttpServletRequest;

import dev.portalauth.SessionCreation;
import dev.portalauth.internal.token.GuestToken;

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

    @Inject
    HttpServletRequest request;
    @Inject
    AuthChain chain;

    @AroundInvoke
    public Object mergeGuest(InvocationContext invocation) throws Exception {
        RequestAuth auth = RequestAuth.of(request);
        GuestToken guest = auth == null ? null : chain.guests().verifiedCookie(auth);
        Object result = invocation.proceed();
        if (guest != null && auth.method().isFull()) {
            if (!guest.claims().isEmpty()) {
                chain.payloads().mergeWhatFits(auth, guest.claims());
            }
            GuestGate guests = chain.guests();
            guests.set(auth, guests.issuer().issueNew(Map.of()));
        }
        return result;
    }
}
