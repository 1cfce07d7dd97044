package dev.portalauth.internal.graphql;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.junit.jupiter.api.Test;

/** A request body is read up to its bound and never further: a larger one is refused after max + 1 bytes. */
class BoundedBodySpec {

    @Test
    void aBodyOfExactlyTheBoundIsReadWhole() throws IOException {
        byte[] body = new byte[20_000];
        body[19_999] = 7;

        assertArrayEquals(body, BoundedBody.read(new ByteArrayInputStream(body), 20_000).orElseThrow());
    }

    @Test
    void anEmptyBodyIsEmpty() throws IOException {
        assertArrayEquals(new byte[0], BoundedBody.read(new ByteArrayInputStream(new byte[0]), 10).orElseThrow());
    }

    @Test
    void oneByteMoreIsRefused() throws IOException {
        assertFalse(BoundedBody.read(new ByteArrayInputStream(new byte[20_001]), 20_000).isPresent());
    }

    @Test
    void anEndlessBodyIsReadNoFurtherThanTheBoundAndOneByte() throws IOException {
        Endless endless = new Endless();

        assertFalse(BoundedBody.read(endless, 65_536).isPresent());
        assertTrue(endless.read <= 65_537, "read " + endless.read);
    }

    private static final class Endless extends InputStream {
        long read;

        @Override
        public int read() {
            read++;
            return 'x';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            read += len;
            return len;
        }
    }
}
