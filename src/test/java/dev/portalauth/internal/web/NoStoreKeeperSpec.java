package dev.portalauth.internal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.Test;

import dev.portalauth.internal.support.FakeHttp;

/**
 * A response that carries the module's cookies stays {@code Cache-Control: no-store} whatever the
 * application writes afterwards; any other response, and every other header, is the application's.
 */
class NoStoreKeeperSpec {

    private final FakeHttp http = new FakeHttp();
    private final HttpServletResponse original = http.response();
    private final HttpServletResponse application = NoStoreKeeper.around(original);

    /** What the module's cookie writer does: the cookie, and no-store beside it. */
    private void moduleSetsACookie() {
        original.addHeader("Set-Cookie", "accessToken=x; Path=/; HttpOnly");
        original.setHeader("Cache-Control", "no-store");
    }

    @Test
    void afterTheModulesCookieNoWriteWeakensNoStore() {
        moduleSetsACookie();

        application.setHeader("Cache-Control", "public, max-age=3600");
        application.addHeader("Cache-Control", "max-age=60");
        application.setHeader("cache-control", "private");
        application.setHeader("Cache-Control", null);
        application.setIntHeader("Cache-Control", 0);
        application.setDateHeader("Cache-Control", 0L);

        assertEquals("no-store", http.responseHeaders.get("Cache-Control"));
    }

    @Test
    void withoutTheModulesCookieTheApplicationDecidesCaching() {
        application.setHeader("Cache-Control", "public, max-age=3600");

        assertEquals("public, max-age=3600", http.responseHeaders.get("Cache-Control"));
    }

    @Test
    void aCookieTheModuleSetsLaterStillEndsNoStore() {
        application.setHeader("Cache-Control", "public, max-age=3600");
        moduleSetsACookie();

        application.setHeader("Cache-Control", "public, max-age=3600");

        assertEquals("no-store", http.responseHeaders.get("Cache-Control"));
    }

    @Test
    void otherHeadersPassUnchanged() {
        moduleSetsACookie();

        application.setHeader("ETag", "\"v1\"");

        assertEquals("\"v1\"", http.responseHeaders.get("ETag"));
    }

    @Test
    void aResponseIsWrappedOnce() {
        assertSame(application, NoStoreKeeper.around(application));
    }
}
