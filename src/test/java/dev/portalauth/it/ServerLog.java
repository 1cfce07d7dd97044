package dev.portalauth.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The log of the server the tests run against ({@code --logtofile}), for "never logged" checks. */
public final class ServerLog {

    private ServerLog() {
    }

    public static String text() {
        Path file = Path.of(System.getProperty("it.server-log"));
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
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
