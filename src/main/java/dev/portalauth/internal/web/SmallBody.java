package dev.portalauth.internal.web;

import java.io.IOException;
import java.io.Reader;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The body of a small request the module itself reads (a login, a logout), whole but bounded, and
 * what kind of body it is. Fields are read from the body only, never the query string.
 */
final class SmallBody {

    private static final String FORM = "application/x-www-form-urlencoded";

    private SmallBody() {
    }

    static boolean isJson(String contentType) {
        return contentType != null && contentType.startsWith("application/json");
    }

    /** The media type alone, parameters such as {@code charset} aside, in any letter case. */
    static boolean isForm(String contentType) {
        if (contentType == null) {
            return false;
        }
        int semicolon = contentType.indexOf(';');
        String mediaType = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
        return mediaType.strip().toLowerCase(Locale.ROOT).equals(FORM);
    }

    /** The whole body, or empty when it is longer than {@code maxChars}. */
    static Optional<String> read(HttpServletRequest request, int maxChars) throws IOException {
        char[] buffer = new char[maxChars + 1];
        int length = 0;
        try (Reader reader = request.getReader()) {
            int n;
            while (length <= maxChars && (n = reader.read(buffer, length, buffer.length - length)) > 0) {
                length += n;
            }
        }
        return length > maxChars ? Optional.empty() : Optional.of(new String(buffer, 0, length));
    }
}
