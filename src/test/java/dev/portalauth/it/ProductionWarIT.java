package dev.portalauth.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;

/** The production WAR (and the classes jar portals depend on) carry the module only: no demo, simulator or secrets. */
class ProductionWarIT {

    @Test
    void theProductionWarHoldsNoDemoNoSimulatorNoKeysAndNoConfiguration() throws IOException {
        List<String> entries = entries(Artifacts.built("kraken-portal-auth-*.war"));

        assertTrue(entries.stream().anyMatch(e -> e.matches("WEB-INF/lib/kraken-portal-auth-.*-classes\\.jar")),
                "the module as portals embed it: " + entries);
        assertTrue(entries.stream().noneMatch(e -> e.startsWith("WEB-INF/classes/dev/") || e.startsWith("WEB-INF/lib/nimbus-jose-jwt")),
                "Nimbus only inside the module's jar, relocated: " + entries);
        assertTrue(entries.stream().anyMatch(e -> e.startsWith("WEB-INF/lib/bcprov")), "the WAR as it is signs in BouncyCastle");
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
        List<String> entries = entries(Artifacts.built("kraken-portal-auth-*-classes.jar"));

        assertTrue(entries.contains("META-INF/beans.xml"));
        assertTrue(entries.contains("META-INF/services/jakarta.servlet.ServletContainerInitializer"),
                "the jar registers its filter itself");
        assertTrue(entries.contains("dev/portalauth/Session.class"));
        assertTrue(entries.stream().noneMatch(e -> e.contains("demo") || e.contains("simulator")));
    }

    @Test
    void theClassesJarCarriesNimbusRelocatedIntoTheModule() throws IOException {
        List<String> entries = entries(Artifacts.built("kraken-portal-auth-*-classes.jar"));

        assertTrue(entries.contains("dev/portalauth/internal/jose/nimbusds/jose/JWSObject.class"));
        assertTrue(entries.stream().noneMatch(e -> e.startsWith("com/")), "no class a server's copy could shadow");
    }

    private static List<String> entries(File archive) throws IOException {
        try (ZipFile zip = new ZipFile(archive)) {
            return zip.stream().map(ZipEntry::getName).toList();
        }
    }
}
