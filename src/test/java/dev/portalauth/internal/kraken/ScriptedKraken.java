package dev.portalauth.internal.kraken;

import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * The module's real Kraken authentication over a transport that answers every call with GraphQL
 * {@code errors[]} of the given codes: for specs of other packages that need the module's own
 * reading of Kraken's codes, not a fake's.
 */
public final class ScriptedKraken {

    private ScriptedKraken() {
    }

    /** Every call answered with one error per code, no data. */
    public static KrakenAuthentication answeringErrors(String... errorCodes) {
        return new KrakenAuthentication(new KrakenTransport() {
            @Override
            public GraphqlResult send(Endpoint endpoint, KrakenCaller caller, String operation, String document,
                                      JsonObject variables, String authorization, String clientIp) {
                return new GraphqlResult(null, List.of(errorCodes), true, JsonValue.EMPTY_JSON_ARRAY);
            }
        });
    }
}
