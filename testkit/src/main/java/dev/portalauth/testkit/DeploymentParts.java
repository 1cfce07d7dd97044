package dev.portalauth.testkit;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.Filter;
import org.jboss.shrinkwrap.api.GenericArchive;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ExplodedImporter;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The module, the simulator and their libraries, taken from where the test's class path has them:
 * jars from the local Maven repository in a portal's build, class folders in this repository's.
 */
final class DeploymentParts {

    /**
     * The module's own runtime library (Nimbus) and the simulator's (graphql-java and what it needs),
     * by a class each holds.
     */
    private static final List<String> LIBRARIES = List.of("com.nimbusds.jose.JOSEObject", "graphql.GraphQL",
            "org.dataloader.DataLoader", "org.reactivestreams.Publisher", "org.jspecify.annotations.Nullable");

    /** The module's optional library: ES256 in BouncyCastle. */
    private static final String BOUNCY_CASTLE = "org.bouncycastle.jce.provider.BouncyCastleProvider";

    /**
     * Set by this repository's build only, where the simulator's classes share a class folder with
     * its unit tests: the simulator's source folder, so that only its own classes are deployed.
     */
    static final String SIMULATOR_SOURCES = "kraken.testkit.simulator-sources";

    private DeploymentParts() {
    }

    /** The module: its classes jar as a library, or its class folder. */
    static void module(WebArchive war) {
        Path module = location("dev.portalauth.Session", "dev.portalauth:kraken-portal-auth:classes");
        if (Files.isDirectory(module)) {
            war.merge(importDirectory(module, path -> true), "/WEB-INF/classes");
        } else {
            war.addAsLibrary(module.toFile());
        }
    }

    /** The simulator's classes and resources (fixtures, schema, signing key) under WEB-INF/classes. */
    static void simulator(WebArchive war) {
        Path simulator = location("dev.portalauth.simulator.KrakenSimulator", "dev.portalauth:kraken-portal-auth-testkit");
        GenericArchive classes = Files.isDirectory(simulator)
                ? importDirectory(simulator, DeploymentParts::isSimulatorFile)
                : ShrinkWrap.create(GenericArchive.class).merge(ShrinkWrap.create(ZipImporter.class)
                        .importFrom(simulator.toFile()).as(GenericArchive.class), DeploymentParts::isSimulatorFile);
        war.merge(classes, "/WEB-INF/classes");
    }

    static void libraries(WebArchive war) {
        for (String marker : LIBRARIES) {
            war.addAsLibrary(location(marker, "the test kit's dependencies").toFile());
        }
    }

    static void bouncyCastle(WebArchive war) {
        war.addAsLibrary(location(BOUNCY_CASTLE, "org.bouncycastle:bcprov-jdk18on").toFile());
    }

    private static boolean isSimulatorFile(ArchivePath path) {
        String p = path.get();
        boolean inSimulator = p.startsWith("/dev/portalauth/simulator/") || p.startsWith("/simulator/");
        boolean parent = p.equals("/dev") || p.equals("/dev/portalauth") || p.equals("/dev/portalauth/simulator")
                || p.equals("/simulator");
        return parent || inSimulator && compiledFromSimulatorSources(p);
    }

    private static boolean compiledFromSimulatorSources(String path) {
        String sources = System.getProperty(SIMULATOR_SOURCES);
        if (sources == null || !path.endsWith(".class")) {
            return true;
        }
        int dollar = path.indexOf('$');
        String topLevel = dollar < 0 ? path.substring(0, path.length() - ".class".length()) : path.substring(0, dollar);
        return Files.isRegularFile(Path.of(sources, topLevel + ".java"));
    }

    private static GenericArchive importDirectory(Path dir, Filter<ArchivePath> filter) {
        return ShrinkWrap.create(GenericArchive.class).as(ExplodedImporter.class)
                .importDirectory(dir.toFile(), filter).as(GenericArchive.class);
    }

    /** The jar or class folder holding {@code className}. */
    private static Path location(String className, String artifact) {
        try {
            Class<?> type = Class.forName(className, false, DeploymentParts.class.getClassLoader());
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(className + " is not on the test class path: add " + artifact
                    + " to the test dependencies", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
