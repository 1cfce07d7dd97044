package dev.portalauth.internal.web;

import java.io.IOException;
import java.io.StringReader;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParsingException;
import jakarta.servlet.http.HttpServletRequest;

import dev.portalauth.internal.support.QueryStrings;

/**
 * Whether a logout asks to log out everywhere: {@code everywhere=true} as a form field, or
 * {@code "everywhere": true} in a JSON body. Anything else — no body, another value, a malformed or
 * oversized body — is a plain logout: a logout never fails for its body.
 */
final class LogoutRequest {

    private static final int MAX_BODY_CHARS = 1024;

    private LogoutRequest() {
    }

    static boolean everywhere(HttpServletRequest request, JsonProvider json) throws IOException {
        String type = request.getContentType();
        if (SmallBody.isJson(type)) {
            return SmallBody.read(request, MAX_BODY_CHARS).map(body -> jsonSaysEverywhere(body, json)).orElse(false);
        }
        if (SmallBody.isForm(type)) {
            return SmallBody.read(request, MAX_BODY_CHARS)
                    .flatMap(body -> QueryStrings.first(body, "everywhere"))
                    .map("true"::equals).orElse(false);
        }
        return false;
    }

    private static boolean jsonSaysEverywhere(String body, JsonProvider json) {
        try (var reader = json.createReader(new StringReader(body))) {
            return reader.readValue() instanceof JsonObject object && object.containsKey("everywhere")
                    && object.get("everywhere").getValueType() == JsonValue.ValueType.TRUE;
        } catch (JsonParsingException | IllegalStateException e) {
            return false;
        }
    }
}
