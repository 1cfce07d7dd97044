package dev.portalauth.spi;

import java.util.Optional;

/**
 * Finds the masquerade parameters of a request on the masquerade pathname. The default reads
 * {@code {pathname}/{userId}/{masqueradeToken}}; provide one CDI bean to replace it.
 */
public interface MasqueradeParamsExtractor {

    /**
     * Finds the parameters.
     *
     * @param request the request on the masquerade pathname
     * @return the user id and masquerade token, or empty when the request carries none
     */
    Optional<MasqueradeParams> extract(RouteRequest request);
}
