package dev.portalauth;

import java.time.Instant;

/**
 * A pre-signed key Kraken issued: a secret for its one customer (email it to them, never show or log
 * it elsewhere), with when it stops working and what it may do.
 *
 * @param key       the pre-signed key
 * @param expiresAt when Kraken stops taking it
 * @param scope     Kraken's scope of the key ({@code SUBMIT_METER_READINGS}, …)
 */
public record PreSignedLink(String key, Instant expiresAt, String scope) {

    @Override
    public String toString() {
        return "PreSignedLink[" + scope + ", expires " + expiresAt + "]"; // never the key
    }
}
