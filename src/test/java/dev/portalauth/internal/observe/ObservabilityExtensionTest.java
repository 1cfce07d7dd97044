package dev.portalauth.internal.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import org.junit.jupiter.api.Test;

/**
 * The extension keeps a bean of {@code observe.mp} or {@code status.health} only where the server gives the application the
 * API it uses; a server without MicroProfile is played by a class loader that hides
 * {@code org.eclipse.microprofile}.
 */
class ObservabilityExtensionTest {

    private static final ClassLoader WITH_MP = ObservabilityExtensionTest.class.getClassLoader();
    private static final ClassLoader WITHOUT_MP = new ClassLoader(WITH_MP) {
        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.startsWith("org.eclipse.microprofile.")) {
                throw new ClassNotFoundException(name);
            }
            return super.loadClass(name, resolve);
        }
    };

    @Test
    void everyMpBeanRunsWhereTheServerHasItsApi() {
        for (String bean : ObservabilityExtension.API_OF.keySet()) {
            assertTrue(ObservabilityExtension.runs(bean, WITH_MP), bean);
        }
    }

    @Test
    void noMpBeanRunsWhereTheServerLacksItsApi() {
        for (String bean : ObservabilityExtension.API_OF.keySet()) {
            assertFalse(ObservabilityExtension.runs(bean, WITHOUT_MP), bean);
        }
    }

    @Test
    void everyBeanOfTheMpPackagesIsListedWithItsApi() throws Exception {
        List<String> beans = new java.util.ArrayList<>();
        for (String name : mpClasses()) {
            if (Class.forName(name, false, WITH_MP).isAnnotationPresent(ApplicationScoped.class)) {
                beans.add(name);
            }
        }

        assertEquals(ObservabilityExtension.API_OF.keySet().stream().sorted().toList(), beans.stream().sorted().toList());
    }

    @Test
    void aClassItDoesNotKnowDoesNotRun() {
        assertFalse(ObservabilityExtension.runs("dev.portalauth.internal.observe.mp.Unknown", WITH_MP));
    }

    private static List<String> mpClasses() throws IOException {
        List<String> names = new java.util.ArrayList<>();
        for (String mpPackage : ObservabilityExtension.MP_PACKAGES) {
            Path dir = Path.of("target", "classes").resolve(mpPackage.replace('.', '/'));
            try (Stream<Path> files = Files.list(dir)) {
                files.map(f -> f.getFileName().toString())
                        .filter(f -> f.endsWith(".class") && !f.contains("$") && !f.equals("package-info.class"))
                        .map(f -> mpPackage + f.substring(0, f.length() - ".class".length()))
                        .forEach(names::add);
            }
        }
        return names;
    }
}
