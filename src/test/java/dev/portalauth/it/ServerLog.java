package dev.portalauth.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The log of the server the tests run against ({@code --logtofile}), for "never logged" checks. */
public final class ServerLog {

    private ServerLog() {
    }

    /** Every log file the test servers wrote (Payara rotates: {@code payara-it.log.0}, …). */
    public static String text() {
        Path base = Path.of(System.getProperty("it.server-log"));
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(base.getParent())) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith(base.getFileName().toString()))
                    .toList()) {
                all.append(Files.readString(file));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return all.toString();
    }

    /** No pre-signed key, password or masquerade token of the fixtures, nor any given token, in the log. */
    public static void assertNoSecrets(String... tokens) {
        String log = text();
        assertTrue(log.contains("Payara Micro"), "the server log was captured");
        for (String secret : Fixtures.SECRETS) {
            assertFalse(log.contains(secret), "a fixture secret appears in the server log");
        }
        for (String token : tokens) {
            assertFalse(token != null && log.contains(token), "a token appears in the server log");
        }
    }
}
