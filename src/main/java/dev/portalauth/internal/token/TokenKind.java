package dev.portalauth.internal.token;

import com.nimbusds.jose.JOSEObjectType;

/**
 * What a module-signed token is for, written in its JWS {@code typ} header and checked exactly on
 * verification, so that no kind of token can pass for another.
 */
public enum TokenKind {
    /** The guest cookie. */
    GUEST("kpa-guest+jwt"),
    /** The {@code sessionPayload} cookie. */
    SESSION_PAYLOAD("kpa-session+jwt"),
    /** Binds a Kraken token the module set to its credential kind: a companion cookie. */
    BINDING("kpa-binding+jwt"),
    /** A Kraken OAuth login in progress: its state, PKCE verifier and where to go after. */
    OAUTH_LOGIN("kpa-oauth+jwt"),
    /** JWTs an application signs through {@link dev.portalauth.GuestTokens}. */
    APPLICATION("JWT");

    private final JOSEObjectType type;

    TokenKind(String typ) {
        this.type = new JOSEObjectType(typ);
    }

    /** The JWS {@code typ} header value. */
    public JOSEObjectType type() {
        return type;
    }
}
