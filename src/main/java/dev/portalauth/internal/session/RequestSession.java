package dev.portalauth.internal.session;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import org.eclipse.microprofile.jwt.JsonWebToken;

import dev.portalauth.AuthErrorCode;
import dev.portalauth.AuthMethod;
import dev.portalauth.GuestSession;
import dev.portalauth.Session;
import dev.portalauth.internal.chain.AuthChain;
import dev.portalauth.internal.chain.LogoutOutcome;
import dev.portalauth.internal.chain.RequestAuth;
import dev.portalauth.internal.chain.SessionPayloads;
import dev.portalauth.internal.config.AnonKeySettings;
import dev.portalauth.internal.login.ApplicationLogin;

/** {@link Session} for the current request: a view of what the chain put in its {@link RequestAuth}. */
@RequestScoped
public class RequestSession implements Session {

    private final HttpServletRequest request;
    private final AnonKeySettings settings;
    private final AuthChain chain;
    private final SessionPayloads payloads;
    private final RequestGuestSession guest;

    @Inject
    public RequestSession(HttpServletRequest request, AnonKeySettings settings, AuthChain chain, SessionPayloads payloads,
                          RequestGuestSession guest) {
        this.request = request;
        this.settings = settings;
        this.chain = chain;
        this.payloads = payloads;
        this.guest = guest;
    }

    /** For the container's client proxy only. */
    protected RequestSession() {
        this(null, null, null, null, null);
    }

    private RequestAuth auth() {
        return RequestAuth.required(request);
    }

    @Override
    public AuthMethod authMethod() {
        RequestAuth auth = RequestAuth.of(request);
        return auth == null ? AuthMethod.NONE : auth.method();
    }

    @Override
    public Optional<String> accountNumber() {
        RequestAuth auth = RequestAuth.of(request);
        return auth == null ? Optional.empty() : Optional.ofNullable(auth.accountNumber(settings.accountNumberClaim()));
    }

    @Override
    public Optional<JsonWebToken> token() {
        RequestAuth auth = RequestAuth.of(request);
        return auth == null ? Optional.empty() : Optional.ofNullable(auth.token());
    }

    @Override
    public Map<String, Object> claims() {
        RequestAuth auth = RequestAuth.of(request);
        if (auth == null || auth.token() == null) {
            return Map.of();
        }
        Map<String, Object> claims = new LinkedHashMap<>(auth.payloadClaims());
        claims.putAll(auth.token().claims());
        return Collections.unmodifiableMap(claims);
    }

    @Override
    public void mergeIntoPayload(Map<String, Object> claims) {
        payloads.merge(auth(), claims);
    }

    @Override
    public Optional<AuthErrorCode> loginFailure() {
        return ApplicationLogin.failureOf(request);
    }

    @Override
    public boolean revokedAtKraken() {
        RequestAuth auth = RequestAuth.of(request);
        LogoutOutcome outcome = auth == null ? null : auth.loggedOut();
        return outcome != null && (outcome.revoked() || outcome.everywhere());
    }

    @Override
    public boolean logoutEverywhere() {
        return chain.logout(auth(), true).everywhere();
    }

    @Override
    public boolean endLink() {
        return chain.endLink(auth());
    }

    @Override
    public Optional<GuestSession> guest() {
        RequestAuth auth = RequestAuth.of(request);
        return auth == null || auth.guest() == null ? Optional.empty() : Optional.of(guest);
    }
}
