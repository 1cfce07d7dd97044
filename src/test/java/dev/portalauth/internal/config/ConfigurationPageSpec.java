package dev.portalauth.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** docs/CONFIGURATION.md names every key the code reads, and nothing else, with its environment variable. */
class ConfigurationPageSpec {

    private static final Path PAGE = Path.of("docs", "CONFIGURATION.md");

    /** The keys {@link AuthSettings#from} reads: every key it asks the configuration for. */
    static TreeSet<String> keysInCode() {
        MapConfig config = MapConfig.withEndpointAnd();
        AuthSettings.from(config);
        return new TreeSet<>(config.keysAsked());
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
    void everyKeyTheCodeReadsIsOnThePageAndNoOther() throws IOException {
        assertEquals(keysInCode(), new TreeSet<>(rowsOnPage().keySet()));
    }

    @Test
    void eachKeysEnvironmentVariableIsMicroProfileConfigsMapping() throws Exception {
        rowsOnPage().forEach((key, env) ->
                assertEquals(key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT), env, key));
    }
}
