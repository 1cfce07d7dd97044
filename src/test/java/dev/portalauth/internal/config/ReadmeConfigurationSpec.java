package dev.portalauth.internal.config;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import dev.portalauth.readme.ReadmeBlocks.Block;
import dev.portalauth.readme.ReadmeBlocks;

/**
 * Every {@code properties} block of the documentation (the README and every {@code docs/} page)
 * configures the module with keys it reads (none misspelt, none retired) and values it accepts.
 * Blocks are found afresh on each run, so a block added to any page is checked without touching
 * this class. The worked configuration
 * also deploys: {@code it.ReadmeWorkedConfigurationIT}.
 */
class ReadmeConfigurationSpec {

    private static List<Block> blocks() {
        List<Block> blocks = ReadmeBlocks.all("properties");
        assertFalse(blocks.isEmpty(), "the documentation shows its worked configuration");
        return blocks;
    }

    @TestFactory
    Stream<DynamicTest> every_kraken_key_in_a_documentation_block_is_one_the_module_reads() throws Exception {
        Set<String> known = ConfigurationPageSpec.keysInCode();
        return blocks().stream().map(block -> DynamicTest.dynamicTest(block.where(), () -> {
            for (String key : block.properties().keySet()) {
                // other namespaces (mp.*, a server's own) belong to their owners
                assertTrue(!key.startsWith("kraken.") || known.contains(key),
                        block.where() + ": " + key + " is not a key the module reads (see docs/CONFIGURATION.md)");
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> every_documentation_block_is_a_configuration_the_module_accepts() {
        return blocks().stream().map(block -> DynamicTest.dynamicTest(block.where(), () -> {
            // a block showing only part of a configuration gets the one required key
            Map<String, String> values = new HashMap<>(Map.of("kraken.graphql-endpoint", "https://api.example/v1/graphql/"));
            values.putAll(block.properties());
            assertDoesNotThrow(() -> AuthSettings.from(MapConfig.of(values)), block.where() + " stops deployment");
        }));
    }
}
