package dev.portalauth.simulator;

import java.util.Locale;

/** The tokens a test can have minted through the control API. */
enum TokenKind {
    ACCESS, SCOPED, MASQUERADE;

    /** @throws IllegalArgumentException naming the accepted kinds */
    static TokenKind parse(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("kind must be access, scoped or masquerade");
        }
    }
}
