package dev.portalauth.internal.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import jakarta.interceptor.InvocationContext;

import org.junit.jupiter.api.Test;

import dev.portalauth.AuthErrorCode;
import dev.portalauth.KrakenException;
import dev.portalauth.internal.kraken.KrakenAuthentication;
import dev.portalauth.internal.kraken.KrakenOAuth;

/**
 * Each Kraken authentication call moves its flow's counter once, by what came of it; every flow
 * is counted on exactly one method of {@link KrakenAuthentication}.
 */
class OutcomeInterceptorSpec {

    private final InMemoryMetrics sink = new InMemoryMetrics();
    private final OutcomeInterceptor interceptor = new OutcomeInterceptor(new PortalAuthMetrics(sink));

    @Test
    void aReturnIsASuccess() throws Exception {
        interceptor.count(invocation("login", () -> "token"));

        assertEquals(1, sink.count("kpa_logins", "outcome", "success"));
    }

    @Test
    void aConfirmationKrakenDeclinedIsRefused() throws Exception {
        interceptor.count(invocation("acceptsToken", () -> false));

        assertEquals(1, sink.count("kpa_confirmations", "outcome", "refused"));
        assertEquals(0, sink.count("kpa_confirmations", "outcome", "success"));
    }

    @Test
    void aFailureIsCountedByItsMeaningAndRethrown() {
        KrakenException down = new KrakenException(AuthErrorCode.KRAKEN_UNAVAILABLE, List.of(), "down");

        KrakenException thrown = assertThrows(KrakenException.class,
                () -> interceptor.count(invocation("exchangePreSignedKey", () -> {
                    throw down;
                })));

        assertEquals(down, thrown);
        assertEquals(1, sink.count("kpa_exchanges", "outcome", "unavailable"));
    }

    /** Refreshes are counted on both ways to refresh: {@code obtainKrakenToken} and the OAuth token endpoint. */
    @Test
    void everyFlowIsCountedAndOnAtMostOneMethodOfEachWayToKraken() {
        Set<Flow> counted = EnumSet.noneOf(Flow.class);
        for (Class<?> way : List.of(KrakenAuthentication.class, KrakenOAuth.class)) {
            Set<Flow> here = EnumSet.noneOf(Flow.class);
            for (Method method : way.getDeclaredMethods()) {
                CountedOutcome annotation = method.getAnnotation(CountedOutcome.class);
                if (annotation != null) {
                    assertEquals(true, here.add(annotation.value()), "counted twice: " + annotation.value());
                }
            }
            counted.addAll(here);
        }

        assertEquals(EnumSet.allOf(Flow.class), counted);
    }

    private static InvocationContext invocation(String methodName, Callable<Object> body) {
        Method method = Arrays.stream(KrakenAuthentication.class.getDeclaredMethods())
                .filter(m -> m.getName().equals(methodName)).findFirst().orElseThrow();
        return new InvocationContext() {
            @Override
            public Object getTarget() {
                return null;
            }

            @Override
            public Object getTimer() {
                return null;
            }

            @Override
            public Method getMethod() {
                return method;
            }

            @Override
            public java.lang.reflect.Constructor<?> getConstructor() {
                return null;
            }

            @Override
            public Object[] getParameters() {
                return new Object[0];
            }

            @Override
            public void setParameters(Object[] params) {
            }

            @Override
            public Map<String, Object> getContextData() {
                return new java.util.HashMap<>();
            }

            @Override
            public Object proceed() throws Exception {
                return body.call();
            }
        };
    }
}
