package dev.portalauth.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.portalauth.it.caching.CacheablePage;
import dev.portalauth.testkit.Browser;
import dev.portalauth.testkit.Reply;

/**
 * A response that carries the module's cookies stays {@code Cache-Control: no-store}, whatever the
 * page behind the module writes afterwards; a response without them is the page's to cache.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NoStoreIT {

    @Deployment(testable = false)
    static WebArchive war() {
        return PortalDeployment.demoPortal().withClasses(CacheablePage.class).build();
    }

    private static List<String> cacheControl(Reply reply) {
        return reply.headers().allValues("Cache-Control");
    }

    @Test
    void aPageCannotWeakenNoStoreOnAResponseThatSetsTheGuestCookie() {
        Reply first = new Browser().get("/cacheable");

        assertEquals("cacheable", first.body());
        assertTrue(first.sets("jwt"), "the first visit gets its guest cookie");
        assertEquals(List.of("no-store"), cacheControl(first));
    }

    @Test
    void aResponseWithoutTheModulesCookiesIsThePagesToCache() {
        Browser visitor = new Browser();
        visitor.get("/cacheable");

        Reply again = visitor.get("/cacheable");

        assertFalse(again.sets("jwt"));
        assertTrue(cacheControl(again).contains("public, max-age=3600"), cacheControl(again).toString());
    }
}
