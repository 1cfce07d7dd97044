package dev.portalauth.internal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.portalauth.internal.chain.Admission;
import dev.portalauth.internal.config.CrossSiteProtection;
import dev.portalauth.internal.config.Globs;

/**
 * Which requests are refused as cross-site before the portal runs: under {@code all}, every unsafe
 * method the rule calls cross-site, but on an allowed path, which runs without credentials; the
 * module's own endpoints are left to their own refusal; under {@code auth-endpoints}, nothing here.
 */
class CrossSiteGateSpec {

    private static final Globs ALLOW = Globs.of(List.of("/webhooks/**", "/api/auth/**"));
    private static final CrossSiteGate ALL = new CrossSiteGate(CrossSiteProtection.ALL, ALLOW, CrossSiteGateSpec::builtIn);
    private static final CrossSiteGate AUTH_ENDPOINTS = new CrossSiteGate(CrossSiteProtection.AUTH_ENDPOINTS, ALLOW,
            CrossSiteGateSpec::builtIn);
    private static final BooleanSupplier CROSS_SITE = () -> true;
    private static final BooleanSupplier SAME_SITE = () -> false;

    private static boolean builtIn(String path) {
        return path.equals("/api/auth/login") || path.equals("/api/auth/logout");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"POST", "PUT", "PATCH", "DELETE", "PROPFIND", "get", "post"})
    void an_unsafe_cross_site_request_is_refused(String method) {
        assertEquals(Admission.REFUSED, ALL.admission(method, "/anon/k/feedback", CROSS_SITE));
        assertEquals(Admission.REFUSED, ALL.admission(method, "/dashboard/meter-reading", CROSS_SITE));
        assertEquals(Admission.REFUSED, ALL.admission(method, "/static/app.css", CROSS_SITE));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"GET", "HEAD", "OPTIONS", "TRACE"})
    void a_safe_method_is_never_judged(String method) {
        AtomicBoolean asked = new AtomicBoolean();
        assertEquals(Admission.ADMITTED, ALL.admission(method, "/dashboard", () -> asked.getAndSet(true)));
        assertFalse(asked.get(), "the headers are not even read");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"POST", "PUT", "DELETE"})
    void an_unsafe_same_site_request_passes(String method) {
        assertEquals(Admission.ADMITTED, ALL.admission(method, "/dashboard/meter-reading", SAME_SITE));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/webhooks/stripe, WITHOUT_CREDENTIALS", "/webhooks, WITHOUT_CREDENTIALS",
        "/webhooksx, REFUSED", "/api/other, REFUSED"})
    void an_allowed_path_takes_a_cross_site_request_without_credentials(String path, Admission expected) {
        assertEquals(expected, ALL.admission("POST", path, CROSS_SITE));
        assertEquals(Admission.ADMITTED, ALL.admission("POST", path, SAME_SITE), "same-site: credentials as usual");
    }

    @Test
    void the_modules_endpoints_keep_their_own_refusal_even_when_allowed() {
        // admitted here so that the login and logout answer CROSS_SITE themselves, whatever the allow-list says
        assertEquals(Admission.ADMITTED, ALL.admission("POST", "/api/auth/login", CROSS_SITE));
        assertEquals(Admission.ADMITTED, ALL.admission("POST", "/api/auth/logout", CROSS_SITE));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/dashboard/meter-reading", "/webhooks/stripe", "/api/auth/login"})
    void under_auth_endpoints_the_portals_requests_are_not_judged(String path) {
        assertEquals(Admission.ADMITTED, AUTH_ENDPOINTS.admission("POST", path, CROSS_SITE));
    }
}
