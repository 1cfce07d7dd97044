package dev.portalauth.testkit;

import java.io.StringReader;

import jakarta.json.JsonObject;

/** Reads JSON answers in tests. */
public final class Json {

    private Json() {
    }

    /**
     * @param text a JSON object, e.g. a reply's body
     * @return it, parsed
     */
    public static JsonObject object(String text) {
        try (var reader = jakarta.json.Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
