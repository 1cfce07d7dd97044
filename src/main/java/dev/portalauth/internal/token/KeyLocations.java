package dev.portalauth.internal.token;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a key file named by configuration: a file path, a {@code file:} URL or a {@code classpath:} resource. */
final class KeyLocations {

    private static final String CLASSPATH = "classpath:";
    private static final String FILE = "file:";

    private KeyLocations() {
    }

    /** Whether {@code location} names a file, which may change while the server runs (a resource does not). */
    static boolean isFile(String location) {
        return !location.startsWith(CLASSPATH);
    }

    /**
     * @throws InvalidKeyConfigException naming {@code configKey} when the location cannot be read
     */
    static String read(String location, String configKey, ClassLoader classLoader) {
        try {
            if (location.startsWith(CLASSPATH)) {
                String resource = location.substring(CLASSPATH.length()).replaceFirst("^/+", "");
                try (InputStream in = classLoader.getResourceAsStream(resource)) {
                    if (in == null) {
                        throw unreadable(configKey, location, "no such resource");
                    }
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            Path path = location.startsWith(FILE) ? Path.of(URI.create(location)) : Path.of(location);
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException | IllegalArgumentException e) { // also a malformed path or URL
            throw unreadable(configKey, location, e.getClass().getSimpleName());
        }
    }

    private static InvalidKeyConfigException unreadable(String configKey, String location, String reason) {
        return new InvalidKeyConfigException(TokenMessages.UNREADABLE_LOCATION, configKey,
                "cannot read " + location + " (" + reason + ")");
    }
}
