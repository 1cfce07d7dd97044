package dev.portalauth.internal.token;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The PEM files under {@code src/test/resources/token/}. */
final class Fixtures {

    /** A {@code kraken.auth.cookie.max-claims-bytes} a portal may configure (larger than the default). */
    static final ClaimsBudget BUDGET = new ClaimsBudget(1536);

    private Fixtures() {
    }

    static String pem(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/token/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ModuleKeys keysFromPem(String name) {
        return ModuleKeys.load(Optional.of(pem(name)), Optional.empty(), Optional.empty(), Optional.empty(),
                Fixtures.class.getClassLoader());
    }

    /** The body of a PEM, i.e. the key material no message may echo. */
    static String pemBody(String name) {
        String[] lines = pem(name).split("\n");
        return lines[1];
    }
}
