package dev.portalauth.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.portalauth.internal.limits.LimitedOperation;

/** docs/CONFIGURATION.md names every key the code reads, and nothing else, with its environment variable. */
class ConfigurationPageSpec {

    private static final Path PAGE = Path.of("docs", "CONFIGURATION.md");

    /** What fills the {@code %s} of each key pattern. */
    private static final Map<String, List<String>> PATTERNS = Map.of(
            AuthSettings.KIND_GTY, Stream.of(CredentialKinds.values()).map(CredentialKinds::configName).toList(),
            AuthSettings.RATE_LIMIT, Stream.of(LimitedOperation.values()).map(LimitedOperation::configName).toList());

    /** The keys {@link AuthSettings} reads: its {@code kraken.*} constants, patterns expanded. */
    static TreeSet<String> keysInCode() throws IllegalAccessException {
        TreeSet<String> keys = new TreeSet<>();
        for (Field field : AuthSettings.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                field.setAccessible(true);
                String key = (String) field.get(null);
                if (key.startsWith("kraken.") && key.contains("%s")) {
                    assertTrue(PATTERNS.containsKey(key), "say what fills " + key);
                    PATTERNS.get(key).forEach(name -> keys.add(key.formatted(name)));
                } else if (key.startsWith("kraken.")) {
                    keys.add(key);
                }
            }
        }
        return keys;
    }

    /** Key → environment variable, from the page's table rows. */
    private static Map<String, String> rowsOnPage() throws IOException {
        Map<String, String> rows = new TreeMap<>();
        for (String line : Files.readAllLines(PAGE)) {
            if (line.startsWith("| `kraken.")) {
                String[] cells = line.split(" \\| ");
                rows.put(cells[0].substring(3, cells[0].length() - 1), cells[2].replace("`", ""));
            }
        }
        return rows;
    }

    @Test
    void everyKeyTheCodeReadsIsOnThePageAndNoOther() throws Exception {
        assertEquals(keysInCode(), new TreeSet<>(rowsOnPage().keySet()));
    }

    @Test
    void eachKeysEnvironmentVariableIsMicroProfileConfigsMapping() throws Exception {
        rowsOnPage().forEach((key, env) ->
                assertEquals(key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT), env, key));
    }
}
