package dev.portalauth.internal.guard;

import dev.portalauth.AuthErrorCode;

/** What a guard decides for one request. */
public enum GuardVerdict {
    ALLOW(null),
    /** No session, or one of a kind the resource does not accept. */
    UNAUTHENTICATED(AuthErrorCode.UNAUTHENTICATED),
    /** A scoped session asking for another account, or a parameter the guard cannot read unambiguously. */
    ACCOUNT_MISMATCH(AuthErrorCode.ACCOUNT_MISMATCH);

    private final AuthErrorCode error;

    GuardVerdict(AuthErrorCode error) {
        this.error = error;
    }

    /** The error code of a refusal; {@code null} for {@link #ALLOW}. */
    public AuthErrorCode error() {
        return error;
    }
}
