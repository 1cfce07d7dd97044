package dev.portalauth.simulator;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;

import java.io.InputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON in and out for the simulator, through one JSON-P provider looked up once (the lookup is a
 * service-loader scan, far too slow to repeat per request).
 */
final class JsonCodec {

    private final JsonProvider provider = JsonProvider.provider();

    /** @throws jakarta.json.JsonException or {@link ClassCastException} when the text is not a JSON object */
    JsonObject readObject(String text) {
        try (JsonReader reader = provider.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    JsonObject readObject(InputStream in) {
        try (JsonReader reader = provider.createReader(in)) {
            return reader.readObject();
        }
    }

    /** Writes maps, lists, strings, numbers, booleans and nulls (what graphql-java results hold). */
    String write(Map<String, ?> object) {
        return provider.createObjectBuilder(object).build().toString();
    }

    /** The plain Java value of a JSON value: Map, List, String, Long/Integer/BigDecimal, Boolean or null. */
    static Object toJava(JsonValue value) {
        switch (value.getValueType()) {
            case OBJECT:
                Map<String, Object> map = new LinkedHashMap<>();
                ((JsonObject) value).forEach((k, v) -> map.put(k, toJava(v)));
                return map;
            case ARRAY:
                List<Object> list = new ArrayList<>();
                ((JsonArray) value).forEach(v -> list.add(toJava(v)));
                return list;
            case STRING:
                return ((JsonString) value).getString();
            case NUMBER:
                JsonNumber number = (JsonNumber) value;
                if (!number.isIntegral()) {
                    return number.bigDecimalValue();
                }
                long l = number.longValue();
                return l == (int) l ? (Object) (int) l : (Object) l;
            case TRUE:
                return Boolean.TRUE;
            case FALSE:
                return Boolean.FALSE;
            default:
                return null;
        }
    }

    /** A string member, or null when absent, JSON null or not a string. */
    static String string(JsonObject object, String name) {
        JsonValue value = object.get(name);
        return value instanceof JsonString ? ((JsonString) value).getString() : null;
    }
}
