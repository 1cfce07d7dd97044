package dev.portalauth.internal.web;

import java.io.IOException;
import java.io.StringReader;
import java.util.Optional;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParsingException;
import jakarta.servlet.http.HttpServletRequest;

import dev.portalauth.internal.support.QueryStrings;

/**
 * The fields of a login, from a JSON body or a form body (bounded: a login is small). Never from
 * the query string: {@code getParameter} would read it too, and a password in a URL ends up in
 * access logs, browser history and {@code Referer} headers.
 */
record LoginRequest(String email, String password, String next, boolean json) {

    private static final int MAX_BODY_CHARS = 8192;

    static boolean wantsJson(HttpServletRequest request) {
        String type = request.getContentType();
        String accept = request.getHeader("Accept");
        return SmallBody.isJson(type) || (accept != null && accept.startsWith("application/json"));
    }

    /** Empty when a field is missing, the body is too large or malformed, or it is neither JSON nor a form. */
    static Optional<LoginRequest> read(HttpServletRequest request, JsonProvider json) throws IOException {
        String type = request.getContentType();
        if (SmallBody.isJson(type)) {
            return SmallBody.read(request, MAX_BODY_CHARS).flatMap(body -> fromJson(body, json));
        }
        if (SmallBody.isForm(type)) {
            return SmallBody.read(request, MAX_BODY_CHARS).flatMap(body -> fromForm(body, wantsJson(request)));
        }
        return Optional.empty();
    }

    private static Optional<LoginRequest> fromJson(String body, JsonProvider json) {
        try (var reader = json.createReader(new StringReader(body))) {
            JsonValue value = reader.readValue();
            if (!(value instanceof JsonObject object)) {
                return Optional.empty();
            }
            return complete(string(object, "email"), string(object, "password"), string(object, "next"), true);
        } catch (JsonParsingException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    /** A form body is encoded as a query string is, so the same decoder reads it. */
    private static Optional<LoginRequest> fromForm(String body, boolean json) {
        return complete(QueryStrings.first(body, "email").orElse(null), QueryStrings.first(body, "password").orElse(null),
                QueryStrings.first(body, "next").orElse(null), json);
    }

    private static String string(JsonObject body, String name) {
        return body.get(name) instanceof JsonString s ? s.getString() : null;
    }

    private static Optional<LoginRequest> complete(String email, String password, String next, boolean json) {
        if (email == null || password == null || email.isBlank() || password.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new LoginRequest(email.trim(), password, next, json));
    }

    @Override
    public String toString() {
        return "LoginRequest[redacted]";
    }
}
