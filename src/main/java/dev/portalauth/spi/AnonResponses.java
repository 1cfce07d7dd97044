package dev.portalauth.spi;

import java.util.Optional;

import dev.portalauth.AuthErrorCode;

/**
 * Custom answers on anon pathnames (blueprint-auth's {@code customSuccessResponse} /
 * {@code customErrorResponse}). Provide one CDI bean; an empty answer keeps the default.
 */
public interface AnonResponses {

    /**
     * After a key was exchanged.
     *
     * @param request the request that carried the key
     * @return the answer; empty serves the page
     */
    default Optional<AnonResponse> onSuccess(RouteRequest request) {
        return Optional.empty();
    }

    /**
     * After a failure.
     *
     * @param request the request on the anon pathname
     * @param error why it failed
     * @return the answer; empty answers {@code 303} to {@code {login}?error=CODE}
     */
    default Optional<AnonResponse> onError(RouteRequest request, AuthErrorCode error) {
        return Optional.empty();
    }
}
