package dev.portalauth.internal.chain;

import dev.portalauth.AuthErrorCode;
import dev.portalauth.AuthMethod;
import dev.portalauth.internal.support.FakeHttp;
import dev.portalauth.internal.token.KrakenToken;

/** {@link RequestAuth}s as the chain would leave them, for the unit specs of any package. */
public final class RequestAuths {

    private RequestAuths() {
    }

    /** What the chain starts from for {@code http}'s request: no session yet. */
    public static RequestAuth of(FakeHttp http) {
        RequestAuth auth = new RequestAuth(http.request(), http.response(), http.path(), http.remoteAddr());
        auth.attach();
        return auth;
    }

    /** A request the chain found a {@code method} session for. */
    public static RequestAuth authenticated(FakeHttp http, AuthMethod method, KrakenToken token) {
        RequestAuth auth = of(http);
        auth.authenticate(method, token);
        return auth;
    }

    /** A request whose session was lost on the way (e.g. a refresh Kraken refused), with {@code error}. */
    public static RequestAuth lostSession(FakeHttp http, AuthErrorCode error) {
        RequestAuth auth = of(http);
        auth.lostSession(new LostSession(error));
        return auth;
    }
}
