package dev.portalauth.internal.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Optional;

import jakarta.ws.rs.PathParam;

import org.junit.jupiter.api.Test;

import dev.portalauth.AccountScoped;
import dev.portalauth.AuthMethod;
import dev.portalauth.Session;
import dev.portalauth.internal.config.AuthSettings;
import dev.portalauth.internal.config.MapConfig;
import dev.portalauth.internal.support.FakeHttp;

/**
 * What the guards remember within one request: the filters' decision for the matched resource
 * method serves its own invocation once, and nothing else. A guarded CDI method called twice in one
 * request with other arguments is judged twice: {@code @AccountScoped} with another account is
 * refused the second time.
 */
class GuardsMemoSpec {

    /** A CDI bean a resource calls, guarded by the interceptor alone. */
    static class Statements {
        @AccountScoped
        public String of(@PathParam("accountNumber") String accountNumber) {
            return accountNumber;
        }
    }

    private final FakeHttp http = new FakeHttp();
    private final AuthSettings settings = AuthSettings.from(MapConfig.withEndpointAnd());
    private final Guards guards = new Guards(scopedSessionForA1(), http.request(), settings.routes(), settings.anonKeys());
    private final Method of = method();

    private static Method method() {
        try {
            return Statements.class.getMethod("of", String.class);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Session scopedSessionForA1() {
        return (Session) Proxy.newProxyInstance(GuardsMemoSpec.class.getClassLoader(), new Class<?>[] {Session.class},
                (proxy, m, args) -> switch (m.getName()) {
                    case "authMethod" -> AuthMethod.SCOPED;
                    case "accountNumber" -> Optional.of("A-1");
                    default -> throw new AssertionError(m.getName());
                });
    }

    private GuardVerdict invoke(String account) {
        return guards.judgeInvocation(Statements.class, of,
                new BoundArguments(new Object[] {account}, new Statements(), guards.bindings(Statements.class, of)));
    }

    @Test
    void aGuardedMethodCalledAgainWithAnotherAccountIsRefused() {
        assertEquals(GuardVerdict.ALLOW, invoke("A-1"));

        assertEquals(GuardVerdict.ACCOUNT_MISMATCH, invoke("A-2"));
    }

    @Test
    void theFiltersDecisionServesTheResourceMethodsOwnInvocationOnce() {
        ParameterValues ownAccount = (source, name) -> List.of("A-1");
        assertEquals(GuardVerdict.ALLOW, guards.judgeRequest(Statements.class, of, ownAccount));

        assertEquals(GuardVerdict.ALLOW, invoke("A-1"), "the invocation the filter allowed");
        assertEquals(GuardVerdict.ACCOUNT_MISMATCH, invoke("A-2"), "any later call is judged");
    }

    @Test
    void theFilterStillRefusesAnotherAccount() {
        ParameterValues otherAccount = (source, name) -> List.of("A-2");

        assertEquals(GuardVerdict.ACCOUNT_MISMATCH, guards.judgeRequest(Statements.class, of, otherAccount));
    }
}
