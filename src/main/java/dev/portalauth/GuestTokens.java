package dev.portalauth;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** Signs and verifies application JWTs with the module's static key (the JWKS publishes its public half). */
public interface GuestTokens {

    /** A JWT with the payload plus {@code iss}, {@code iat}, {@code exp} (now + lifetime) and a {@code jti}. */
    String create(Map<String, Object> payload, Duration lifetime);

    /** The claims of a JWT this module signed (current or previous key) that has not expired; empty otherwise. */
    Optional<Map<String, Object>> verify(String jwt);
}
