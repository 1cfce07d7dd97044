package dev.portalauth.internal.chain;

/** Reads one kind of credential cookie; the {@link CredentialChain} asks them in priority order. */
interface CredentialReader {

    /**
     * Authenticates {@code auth} when this reader's credential is valid and returns true; clears
     * what it finds invalid and returns false so the chain goes on to the next reader.
     */
    boolean read(RequestAuth auth);
}
