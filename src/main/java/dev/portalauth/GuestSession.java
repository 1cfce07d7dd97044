package dev.portalauth;

import java.util.Map;

/** The guest session of the current visitor: a signed JWT in a cookie, no server state. */
public interface GuestSession {

    /** {@return {@code G-} followed by a random UUID; stable for the life of the guest token} */
    String id();

    /** {@return the application claims of the guest token (registered claims excluded)} */
    Map<String, Object> claims();

    /**
     * Replaces the application claims and re-issues the guest cookie on the current response.
     * Reserved claim names are rejected with {@link IllegalArgumentException}.
     *
     * @param claims the new application claims
     */
    void update(Map<String, Object> claims);
}
