package dev.portalauth.internal.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The module runs on servers without MicroProfile Health and Metrics because only the classes of
 * {@code dev.portalauth.internal.observe.mp} and {@code dev.portalauth.internal.status.health} name those
 * APIs and no other class names them: a server that
 * cannot load them makes no beans of them and nothing is left pointing at them. Read from the
 * compiled classes' constant pools, where every type a class uses is named.
 */
class MicroProfileIsolationTest {

    private static final Path CLASSES = Path.of("target", "classes");
    private static final List<String> MP_PACKAGES = ObservabilityExtension.MP_PACKAGES.stream()
            .map(p -> p.replace('.', '/')).toList();

    @Test
    void onlyTheMpPackagesNameTheHealthOrMetricsApis() throws IOException {
        List<String> offenders = classes().filter(c -> !inMpPackage(c))
                .filter(c -> names(c, "org/eclipse/microprofile/health/") || names(c, "org/eclipse/microprofile/metrics/"))
                .toList();

        assertEquals(List.of(), offenders);
        assertTrue(classes().anyMatch(c -> inMpPackage(c) && names(c, "org/eclipse/microprofile/health/")),
                "the check reads constant pools: the health checks name the Health API");
    }

    @Test
    void noClassOutsideTheMpPackagesNamesOneOfTheirClasses() throws IOException {
        for (String mpPackage : MP_PACKAGES) {
            List<String> offenders = classes().filter(c -> !c.startsWith(mpPackage))
                    .filter(c -> names(c, mpPackage))
                    .toList();

            assertEquals(List.of(), offenders, mpPackage);
        }
    }

    private static boolean inMpPackage(String classFile) {
        return MP_PACKAGES.stream().anyMatch(classFile::startsWith);
    }

    private static Stream<String> classes() throws IOException {
        assertTrue(Files.isDirectory(CLASSES), "compiled classes at " + CLASSES.toAbsolutePath());
        try (Stream<Path> files = Files.walk(CLASSES)) {
            return files.filter(f -> f.toString().endsWith(".class"))
                    .map(f -> CLASSES.relativize(f).toString().replace('\\', '/'))
                    .toList().stream();
        }
    }

    /** Whether the class file's bytes hold {@code internalName} (class names are stored as UTF-8 in the constant pool). */
    private static boolean names(String classFile, String internalName) {
        try {
            String bytes = new String(Files.readAllBytes(CLASSES.resolve(classFile)), StandardCharsets.ISO_8859_1);
            return bytes.contains(internalName);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
