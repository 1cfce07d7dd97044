package dev.portalauth.internal.web;

import java.io.StringReader;
import java.util.Map;

import com.nimbusds.jose.util.JSONObjectUtils;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;

import dev.portalauth.AuthMethod;
import dev.portalauth.internal.chain.RequestAuth;
import dev.portalauth.internal.config.AnonKeySettings;

/** The session as JSON: what it is, never a token value. */
final class SessionJson {

    private final JsonProvider json;
    private final AnonKeySettings anonKeys;

    SessionJson(JsonProvider json, AnonKeySettings anonKeys) {
        this.json = json;
        this.anonKeys = anonKeys;
    }

    JsonObjectBuilder of(RequestAuth auth) {
        JsonObjectBuilder b = json.createObjectBuilder()
                .add("isAuthenticated", auth.method() != AuthMethod.NONE)
                .add("authMethod", auth.method().jsonName());
        String account = auth.accountNumber(anonKeys.accountNumberClaim());
        if (account == null) {
            b.addNull("accountNumber");
        } else {
            b.add("accountNumber", account);
        }
        if (auth.token() == null) {
            b.addNull("sub").addNull("expiresAt");
        } else {
            b.add("sub", auth.token().subject()).add("expiresAt", auth.token().expiresAt().getEpochSecond());
        }
        if (auth.guest() == null) {
            b.addNull("guest");
        } else {
            b.add("guest", json.createObjectBuilder().add("id", auth.guest().id())
                    .add("claims", object(auth.guest().claims())));
        }
        // Signed, not secret: what a page's scripts may read of the merged claims.
        b.add("payload", object(auth.method().isFull() ? auth.payloadClaims() : Map.of()));
        if (auth.unverified()) {
            b.add("unverified", true);
        }
        return b;
    }

    private JsonObject object(Map<String, Object> claims) {
        if (claims.isEmpty()) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        try (JsonReader reader = json.createReader(new StringReader(JSONObjectUtils.toJSONString(claims)))) {
            return reader.readObject();
        }
    }
}
