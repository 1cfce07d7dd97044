package dev.portalauth.internal.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.nimbusds.jose.JWSObject;
import java.net.URL;
import java.net.URLClassLoader;
import org.junit.jupiter.api.Test;

/**
 * BouncyCastle is optional: a portal that leaves {@code bcprov-jdk18on} out of its WAR signs and
 * verifies the same ES256 tokens in the JDK's provider, and no class of the module that names
 * BouncyCastle is ever loaded (so no {@code NoClassDefFoundError}). The module runs here in a class
 * loader holding only its classes, these tests' and Nimbus, under the JDK's own.
 */
class Es256WithoutBouncyCastleTest {

    @Test
    void theModuleSignsAndVerifiesInTheJdkWithoutBouncyCastle() throws Exception {
        try (WithoutBouncyCastle loader = new WithoutBouncyCastle()) {
            assertThrows(ClassNotFoundException.class, () -> Class.forName(Es256Crypto.BOUNCY_CASTLE, false, loader));

            Object verified = loader.loadClass(Es256RoundTrip.class.getName()).getMethod("run").invoke(null);

            assertEquals(Boolean.TRUE, verified);
            assertFalse(loader.hasLoaded(BouncyCastleEs256.class.getName()), "the class naming BouncyCastle stays unloaded");
        }
    }

    @Test
    void withBouncyCastleTheSameRoundTripHolds() throws Exception {
        assertEquals(true, Es256RoundTrip.run());
    }

    /** The module's and the tests' classes and Nimbus, with the platform class loader as parent. */
    private static final class WithoutBouncyCastle extends URLClassLoader {

        WithoutBouncyCastle() {
            super(new URL[] {location(JwsCrypto.class), location(Es256RoundTrip.class), location(JWSObject.class)},
                    ClassLoader.getPlatformClassLoader());
        }

        boolean hasLoaded(String name) {
            return findLoadedClass(name) != null;
        }

        private static URL location(Class<?> type) {
            return type.getProtectionDomain().getCodeSource().getLocation();
        }
    }
}
