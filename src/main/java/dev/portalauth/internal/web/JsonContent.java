package dev.portalauth.internal.web;

import java.util.Locale;

/** Whether a {@code Content-Type} is {@code application/json} (parameters such as {@code charset} aside). */
final class JsonContent {

    private JsonContent() {
    }

    static boolean is(String contentType) {
        if (contentType == null) {
            return false;
        }
        int parameters = contentType.indexOf(';');
        String type = (parameters < 0 ? contentType : contentType.substring(0, parameters)).strip();
        return type.toLowerCase(Locale.ROOT).equals("application/json");
    }
}
