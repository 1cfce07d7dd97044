package dev.portalauth;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** Signs and verifies application JWTs with the module's static key (the JWKS publishes its public half). */
public interface GuestTokens {

    /**
     * Signs a new JWT.
     *
     * @param payload the application claims
     * @param lifetime how long the token is valid from now
     * @return a JWT with the payload plus {@code iss}, {@code iat}, {@code exp} (now + lifetime) and a {@code jti}
     */
    String create(Map<String, Object> payload, Duration lifetime);

    /**
     * Verifies a JWT.
     *
     * @param jwt a compact JWT
     * @return the claims of a JWT this module signed (current or previous key) that has not expired; empty otherwise
     */
    Optional<Map<String, Object>> verify(String jwt);
}
