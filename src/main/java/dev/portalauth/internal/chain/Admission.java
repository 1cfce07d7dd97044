package dev.portalauth.internal.chain;

/** What the chain may do for a request, decided before it reads any cookie. */
public enum Admission {
    /** The whole chain: credentials, session payload, anon pathnames, guest. */
    ADMITTED,
    /**
     * A cross-site unsafe request to a path that accepts them: the chain reads no credential and
     * sets or clears no cookie, so the request cannot act as the visitor.
     */
    WITHOUT_CREDENTIALS,
    /** A cross-site unsafe request the module refuses before the portal runs; the chain does nothing. */
    REFUSED,
    /**
     * A path outside {@code kraken.auth.paths}: the portal's own security has it. The chain reads
     * and sets no cookie, nothing is refused or marked {@code no-store}, and the session is none.
     */
    OUTSIDE
}
