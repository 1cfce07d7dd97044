package dev.portalauth.internal.graphql;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Optional;

/** Reads a request body up to a bound, never more: a larger body is refused without being read whole. */
public final class BoundedBody {

    private BoundedBody() {
    }

    /** The body's bytes, or empty when it has more than {@code max}. */
    public static Optional<byte[]> read(InputStream in, int max) throws IOException {
        byte[] buffer = new byte[Math.min(max + 1, 8192)];
        int length = 0;
        while (true) {
            if (length == buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.min(max + 1, buffer.length * 2));
            }
            int read = in.read(buffer, length, buffer.length - length);
            if (read < 0) {
                return Optional.of(Arrays.copyOf(buffer, length));
            }
            length += read;
            if (length > max) {
                return Optional.empty();
            }
        }
    }
}
