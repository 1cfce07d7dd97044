package dev.portalauth.internal.chain;

import dev.portalauth.AuthErrorCode;

/**
 * What the anon gate decided for a request on an anon pathname, for the route policy to answer.
 *
 * @param pathname  the anon pathname the request is under (allow-listed or not)
 * @param error     why it cannot be served (no key, refused key, Kraken down), or {@code null}
 * @param exchanged true when this request exchanged a pre-signed key (and so may get a custom success answer)
 */
public record AnonVisit(String pathname, AuthErrorCode error, boolean exchanged) {
}
