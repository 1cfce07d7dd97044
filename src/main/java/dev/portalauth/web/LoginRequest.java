package dev.portalauth.web;

import java.io.IOException;
import java.io.Reader;
import java.util.Optional;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParsingException;
import jakarta.servlet.http.HttpServletRequest;

/** The fields of a login, from a form or a JSON body (bounded: a login is small). */
record LoginRequest(String email, String password, String next, boolean json) {

    private static final int MAX_JSON_CHARS = 8192;

    static boolean wantsJson(HttpServletRequest request) {
        String type = request.getContentType();
        String accept = request.getHeader("Accept");
        return (type != null && type.startsWith("application/json"))
                || (accept != null && accept.startsWith("application/json"));
    }

    static Optional<LoginRequest> read(HttpServletRequest request, JsonProvider json) throws IOException {
        String type = request.getContentType();
        if (type != null && type.startsWith("application/json")) {
            return readJson(request, json);
        }
        return complete(request.getParameter("email"), request.getParameter("password"),
                request.getParameter("next"), wantsJson(request));
    }

    private static Optional<LoginRequest> readJson(HttpServletRequest request, JsonProvider json) throws IOException {
        char[] buffer = new char[MAX_JSON_CHARS + 1];
        int length = 0;
        try (Reader reader = request.getReader()) {
            int n;
            while (length <= MAX_JSON_CHARS && (n = reader.read(buffer, length, buffer.length - length)) > 0) {
                length += n;
            }
        }
        if (length > MAX_JSON_CHARS) {
            return Optional.empty();
        }
        try (var reader = json.createReader(new java.io.CharArrayReader(buffer, 0, length))) {
            JsonValue value = reader.readValue();
            if (!(value instanceof JsonObject body)) {
                return Optional.empty();
            }
            return complete(string(body, "email"), string(body, "password"), string(body, "next"), true);
        } catch (JsonParsingException | IllegalStateException e) {
            return Optional.empty();
        }
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
