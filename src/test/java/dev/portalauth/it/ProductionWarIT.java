package dev.portalauth.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;

/** The production WAR (and the classes jar portals depend on) carry the module only: no demo, simulator or secrets. */
class ProductionWarIT {

    @Test
    void theProductionWarHoldsNoDemoNoSimulatorNoKeysAndNoConfiguration() throws IOException {
        List<String> entries = entries(artifact("kraken-portal-auth-*.war"));

        assertTrue(entries.contains("WEB-INF/classes/dev/portalauth/chain/PortalAuthMechanism.class"));
        assertTrue(entries.stream().anyMatch(e -> e.startsWith("WEB-INF/lib/nimbus-jose-jwt")));
        for (String entry : entries) {
            assertFalse(entry.contains("/demo/") || entry.contains("/simulator/") || entry.startsWith("WEB-INF/classes/simulator"),
                    entry);
            assertFalse(entry.endsWith(".pem") || entry.endsWith("fixtures.json"), entry);
            assertFalse(entry.endsWith("microprofile-config.properties"), "no configuration ships: " + entry);
            assertFalse(entry.contains("graphql-java"), entry);
        }
    }

    @Test
    void theClassesJarForPortalsHoldsTheModuleWithItsBeansXml() throws IOException {
        List<String> entries = entries(artifact("kraken-portal-auth-*-classes.jar"));

        assertTrue(entries.contains("META-INF/beans.xml"));
        assertTrue(entries.contains("dev/portalauth/Session.class"));
        assertTrue(entries.stream().noneMatch(e -> e.contains("demo") || e.contains("simulator")));
    }

    private static Path artifact(String glob) throws IOException {
        try (DirectoryStream<Path> found = Files.newDirectoryStream(Path.of("target"), glob)) {
            for (Path path : found) {
                if (!path.getFileName().toString().contains("-demo")) {
                    return path;
                }
            }
        }
        throw new AssertionError("no " + glob + " in target/ (run after mvn package)");
    }

    private static List<String> entries(Path archive) throws IOException {
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            return zip.stream().map(ZipEntry::getName).toList();
        }
    }
}
