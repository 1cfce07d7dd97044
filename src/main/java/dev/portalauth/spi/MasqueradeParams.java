package dev.portalauth.spi;

/** The two values {@code masqueradeAuthentication} needs. */
public record MasqueradeParams(String userId, String masqueradeToken) {
}
