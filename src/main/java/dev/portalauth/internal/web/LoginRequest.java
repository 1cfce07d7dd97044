package dev.portalauth.internal.web;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.Locale;
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
 * access logs, browser history and {@code Referer} headers (SPEC 8).
 */
record LoginRequest(String email, String password, String next, boolean json) {

    private static final int MAX_BODY_CHARS = 8192;
    private static final String FORM = "application/x-www-form-urlencoded";

    static boolean wantsJson(HttpServletRequest request) {
        String type = request.getContentType();
        String accept = request.getHeader("Accept");
        return (type != null && type.startsWith("application/json"))
                || (accept != null && accept.startsWith("application/json"));
    }

    /** Empty when a field is missing, the body is too large or malformed, or it is neither JSON nor a form. */
    static Optional<LoginRequest> read(HttpServletRequest request, JsonProvider json) throws IOException {
        String type = request.getContentType();
        if (type != null && type.startsWith("application/json")) {
            return body(request).flatMap(body -> fromJson(body, json));
        }
        if (isForm(type)) {
            return body(request).flatMap(body -> fromForm(body, wantsJson(request)));
        }
        return Optional.empty();
    }

    /** The media type alone, parameters such as {@code charset} aside, in any letter case. */
    private static boolean isForm(String contentType) {
        if (contentType == null) {
            return false;
        }
        int semicolon = contentType.indexOf(';');
        String mediaType = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
        return mediaType.strip().toLowerCase(Locale.ROOT).equals(FORM);
    }

    /** The whole body, or empty when it is longer than a login can be. */
    private static Optional<String> body(HttpServletRequest request) throws IOException {
        char[] buffer = new char[MAX_BODY_CHARS + 1];
        int length = 0;
        try (Reader reader = request.getReader()) {
            int n;
            while (length <= MAX_BODY_CHARS && (n = reader.read(buffer, length, buffer.length - length)) > 0) {
                length += n;
            }
        }
        return length > MAX_BODY_CHARS ? Optional.empty() : Optional.of(new String(buffer, 0, length));
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
