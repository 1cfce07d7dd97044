package dev.portalauth.internal.graphql;

/**
 * An allowed document (or the place they are read from) is unusable: thrown at start-up so
 * deployment stops, naming the key and the file.
 */
public final class InvalidDocumentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    InvalidDocumentException(String file, String problem) {
        super(GraphqlMessages.INVALID_DOCUMENT.format(file, problem));
    }
}
