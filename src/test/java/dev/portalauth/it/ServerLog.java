package dev.portalauth.it;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import dev.portalauth.testkit.Fixtures;

/**
 * The logs of the server the tests run against, for "never logged" checks. {@code it.server-log}
 * names either a directory, read whole (OpenLiberty's {@code logs/}: messages, console, FFDC), or
 * a file name prefix (Payara's {@code --logtofile}, rotated as {@code payara-it.log.0}, …).
 */
public final class ServerLog {

    private ServerLog() {
    }

    /** Every log file the test server wrote. */
    public static String text() {
        Path base = Path.of(System.getProperty("it.server-log"));
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.isDirectory(base) ? Files.walk(base) : Files.list(base.getParent())
                .filter(f -> f.getFileName().toString().startsWith(base.getFileName().toString()))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                // Latin-1 reads any byte: a secret is ASCII, whatever else the file holds.
                all.append(Files.readString(file, StandardCharsets.ISO_8859_1));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return all.toString();
    }

    /** No pre-signed key, password or masquerade token of the fixtures, nor any given token, in the log. */
    public static void assertNoSecrets(String... tokens) {
        String log = text();
        assertFalse(log.isBlank(), "the server log was captured");
        for (String secret : Fixtures.SECRETS) {
            assertFalse(log.contains(secret), "a fixture secret appears in the server log");
        }
        for (String token : tokens) {
            assertFalse(token != null && log.contains(token), "a token appears in the server log");
        }
    }
}
