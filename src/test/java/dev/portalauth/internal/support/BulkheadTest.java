package dev.portalauth.internal.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Beyond the limit a call is refused at once, and a slot given back is usable again. */
class BulkheadTest {

    private final Bulkhead bulkhead = new Bulkhead(2);

    @Test
    void callsUpToTheLimitEnter() {
        assertTrue(bulkhead.tryEnter());
        assertTrue(bulkhead.tryEnter());
        assertEquals(2, bulkhead.inFlight());
    }

    @Test
    void oneMoreIsRefusedAtOnceAndCounted() {
        bulkhead.tryEnter();
        bulkhead.tryEnter();

        assertFalse(bulkhead.tryEnter());
        assertEquals(1, bulkhead.rejections());
    }

    @Test
    void aSlotLeftIsFreeAgain() {
        bulkhead.tryEnter();
        bulkhead.tryEnter();
        bulkhead.leave();

        assertTrue(bulkhead.tryEnter());
        assertEquals(0, bulkhead.rejections());
    }
}
