package dev.portalauth.spi;

import java.util.Optional;

/**
 * Finds the pre-signed key of a request on an anon pathname (blueprint-auth's {@code getAnonParams}).
 * Provide one CDI bean to replace the default: the {@code key} query parameter when present, else
 * the path segment right after the matched pathname.
 */
public interface AnonParamsExtractor {

    /**
     * Finds the key.
     *
     * @param request the request on an anon pathname
     * @return the pre-signed key, or empty when the request carries none
     */
    Optional<String> preSignedKey(RouteRequest request);
}
