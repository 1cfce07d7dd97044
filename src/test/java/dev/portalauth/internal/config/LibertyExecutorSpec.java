package dev.portalauth.internal.config;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The shipped OpenLiberty {@code server.xml} has a request thread ready for every Kraken call the
 * bulkheads let through at their defaults, and more for warm requests: Liberty's own pool grows
 * only every ~1.5 s, so without this, warm requests wait behind calls hanging on Kraken.
 */
class LibertyExecutorSpec {

    /** Threads left for requests that never call Kraken while every bulkhead slot is taken. */
    private static final int WARM_ROOM = 16;

    private static int coreThreads(String file) throws Exception {
        String xml = Files.readString(Path.of("server-config/liberty", file));
        Matcher executor = Pattern.compile("<executor\\s+coreThreads=\"(\\d+)\"").matcher(xml);
        assertTrue(executor.find(), file + " has an <executor coreThreads=…>");
        return Integer.parseInt(executor.group(1));
    }

    @Test
    void theShippedServerHasAThreadForEveryBulkheadSlotAndRoomForWarmRequests() throws Exception {
        AuthSettings defaults = AuthSettings.from(MapConfig.withEndpointAnd());
        int slots = defaults.faultTolerance().bulkheadAnonymous() + defaults.faultTolerance().bulkheadSession() + defaults.faultTolerance().bulkheadPublic();

        int threads = coreThreads("server.xml");

        assertTrue(threads >= slots + WARM_ROOM, threads + " core threads for " + slots + " bulkhead slots");
    }

    @Test
    void theSimulatorsOverrideNeverLowersIt() throws Exception {
        assertTrue(coreThreads("simulator.xml") >= coreThreads("server.xml"));
    }
}
