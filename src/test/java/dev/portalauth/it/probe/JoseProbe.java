package dev.portalauth.it.probe;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.security.CodeSource;
import java.util.Properties;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;

import jakarta.json.Json;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Test-only page: which Nimbus JOSE+JWT the module's own code runs in this server. It takes the
 * type of the module's signer field as the module's class links it (relocated or not), and reports
 * that class's name, where the server loaded it from and the Nimbus version recorded there
 * ({@code META-INF/maven/com.nimbusds/nimbus-jose-jwt/pom.properties}).
 */
@Path("/jose-probe")
public class JoseProbe {

    private static final String MODULE_CLASS = "dev.portalauth.internal.token.ModuleKeys";
    private static final String NIMBUS_POM = "META-INF/maven/com.nimbusds/nimbus-jose-jwt/pom.properties";

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String nimbus() throws ReflectiveOperationException, IOException {
        Class<?> signer = Class.forName(MODULE_CLASS).getDeclaredField("signer").getType();
        CodeSource source = signer.getProtectionDomain().getCodeSource();
        String location = source == null || source.getLocation() == null ? "" : source.getLocation().toString();
        return Json.createObjectBuilder()
                .add("class", signer.getName())
                .add("location", location)
                .add("version", location.isEmpty() ? "" : versionIn(source.getLocation()))
                .build().toString();
    }

    /** The Nimbus version the jar at {@code location} records; empty when it records none. */
    private static String versionIn(URL location) throws IOException {
        try (InputStream in = location.openStream(); JarInputStream jar = new JarInputStream(in)) {
            for (JarEntry entry = jar.getNextJarEntry(); entry != null; entry = jar.getNextJarEntry()) {
                if (entry.getName().equals(NIMBUS_POM)) {
                    Properties pom = new Properties();
                    pom.load(jar);
                    return pom.getProperty("version", "");
                }
            }
        }
        return "";
    }
}
