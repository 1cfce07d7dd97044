package dev.portalauth.testkit;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.asset.FileAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Adds kraken-portal-auth, the Kraken simulator and their test configuration to an application's
 * own Arquillian deployment:
 *
 * <pre>{@code
 * @Deployment(testable = false)
 * static WebArchive deployment() {
 *     return KrakenDeployment.simulated().addTo(ShrinkWrap.create(WebArchive.class, "ROOT.war")
 *             .addClasses(MyApplication.class, MyResource.class));
 * }
 * }</pre>
 *
 * The WAR then holds the module's classes, the simulator at {@code /kraken/…} in the same
 * application, the libraries both need, and a {@code META-INF/microprofile-config.properties}
 * pointing the module at that simulator (the application's own file, if the WAR has one, is kept
 * and overridden only where this configuration says otherwise). The server listens on
 * {@code localhost:}{@link #PORT}, the port the application's {@code arquillian.xml} gives it.
 */
public final class KrakenDeployment {

    /** The test server's HTTP port: the system property {@code it.http.port}, 18080 unless set. */
    public static final int PORT = Integer.getInteger("it.http.port", 18080);
    /** The test server, as the module's loopback rule wants it spelt. */
    public static final String BASE = "http://localhost:" + PORT;

    private static final String CONFIG = "META-INF/microprofile-config.properties";
    private static final String WAR_CONFIG = "/WEB-INF/classes/" + CONFIG;
    private static final String TEST_FIXTURES = "simulator/test-fixtures.json";

    /**
     * OpenLiberty serves a WAR from dropins at its file name ({@code /ROOT}) unless the WAR asks
     * for a context root in this IBM descriptor; Payara ignores the file.
     */
    private static final String LIBERTY_CONTEXT_ROOT = """
            <?xml version="1.0" encoding="UTF-8"?>
            <web-ext xmlns="http://websphere.ibm.com/xml/ns/javaee" version="1.1">
                <context-root uri="%s"/>
            </web-ext>
            """;

    private final Map<String, String> config = new LinkedHashMap<>();
    private String contextRoot = "/";
    private Path fixtures;
    private File moduleJar;
    private boolean bouncyCastle = true;

    private KrakenDeployment() {
        simulatorUnder("");
        config.put("kraken.auth.routes.anon.pathname", "/anon");
        // The key Sessions.guest(...) signs with (GuestTokenForge): a test can present a guest with any claims.
        config.put("kraken.auth.guest.signing-key", GuestTokenForge.pem());
        config.put("kraken.auth.guest.key-id", GuestTokenForge.KEY_ID);
        config.put("kraken.organization-key", Fixtures.ORGANIZATION_KEY);
        // The production default (Secure cookies): the test client sends them over http itself.
        config.put("kraken.auth.cookie.secure", "true");
        // Rate limits count per client, and every test's client is localhost: a suite of logins and
        // exchanges would spend them.
        for (String operation : List.of("exchange", "login", "masquerade", "refresh", "confirm", "oauth", "graphql")) {
            config.put("kraken.auth.rate-limit." + operation, "0");
        }
        // Faults injected one test after another must not leave a breaker open for the next test.
        config.put("kraken.breaker.request-volume", "10000");
    }

    /**
     * The module against the simulator, deployed at {@code /}.
     *
     * @return the kit's configuration, to change and then {@link #addTo(WebArchive) add} to a WAR
     */
    public static KrakenDeployment simulated() {
        return new KrakenDeployment();
    }

    /**
     * Deployed at {@code contextRoot} (e.g. {@code /portal}) instead of {@code /}: Payara Micro
     * takes it from the WAR's file name (name it {@code portal.war}), OpenLiberty from the
     * {@code ibm-web-ext.xml} this adds. The simulator moves with it.
     *
     * @param contextRoot the context root, beginning with {@code /}
     * @return this deployment
     */
    public KrakenDeployment at(String contextRoot) {
        this.contextRoot = contextRoot;
        simulatorUnder(contextRoot);
        return this;
    }

    /**
     * One configuration value of the test deployment (module or simulator key).
     *
     * @param key   a configuration key
     * @param value its value
     * @return this deployment
     */
    public KrakenDeployment with(String key, String value) {
        config.put(key, value);
        return this;
    }

    /**
     * Leaves a key of this test configuration out (the module's default applies).
     *
     * @param key a configuration key
     * @return this deployment
     */
    public KrakenDeployment without(String key) {
        config.remove(key);
        return this;
    }

    /**
     * The simulator's users, accounts, pre-signed keys and organisations from {@code json} (the
     * format of the kit's {@code simulator/fixtures.json}) instead of the kit's fixtures.
     *
     * @param json the fixtures file
     * @return this deployment
     */
    public KrakenDeployment fixtures(Path json) {
        this.fixtures = json;
        config.put("simulator.fixtures-location", TEST_FIXTURES);
        return this;
    }

    /**
     * The module from this classes jar rather than from where the test class path has it: for a
     * test of exactly the jar a build published.
     *
     * @param classesJar the module's classes jar
     * @return this deployment
     */
    public KrakenDeployment moduleFrom(Path classesJar) {
        this.moduleJar = classesJar.toFile();
        return this;
    }

    /**
     * Without BouncyCastle in the WAR, for a portal that leaves {@code bcprov-jdk18on} out of its own:
     * the module then signs and verifies its ES256 tokens in the JDK's provider, as it will in
     * production. By default the kit deploys BouncyCastle beside the module.
     *
     * @return this deployment
     */
    public KrakenDeployment withoutBouncyCastle() {
        this.bouncyCastle = false;
        return this;
    }

    /**
     * The configuration written into the WAR, before the application's own file is merged in.
     *
     * @return a copy of the configuration this deployment writes
     */
    public Map<String, String> configuration() {
        return Map.copyOf(config);
    }

    /**
     * Adds the module, the simulator, their libraries and the configuration to {@code war}.
     *
     * @param war the portal's WAR, with its own classes and configuration
     * @return {@code war}, ready to deploy
     */
    public WebArchive addTo(WebArchive war) {
        if (moduleJar == null) {
            DeploymentParts.module(war);
        } else {
            war.addAsLibrary(moduleJar);
        }
        DeploymentParts.simulator(war);
        DeploymentParts.libraries(war);
        if (bouncyCastle) {
            DeploymentParts.bouncyCastle(war);
        }
        if (fixtures != null) {
            war.addAsResource(new FileAsset(fixtures.toFile()), TEST_FIXTURES);
        }
        Map<String, String> merged = new LinkedHashMap<>(existingConfig(war));
        merged.putAll(config);
        war.delete(WAR_CONFIG);
        war.addAsResource(new StringAsset(properties(merged)), CONFIG);
        if (war.get("/WEB-INF/ibm-web-ext.xml") == null) {
            war.addAsWebInfResource(new StringAsset(LIBERTY_CONTEXT_ROOT.formatted(contextRoot)), "ibm-web-ext.xml");
        }
        return war;
    }

    /**
     * The simulator alone (its classes, fixtures and libraries), for a WAR of its own beside the
     * application's: a Kraken the module reaches as another application.
     *
     * @param war an empty WAR
     * @return {@code war}, holding the simulator
     */
    public static WebArchive simulatorOnly(WebArchive war) {
        DeploymentParts.simulator(war);
        DeploymentParts.libraries(war);
        return war;
    }

    private void simulatorUnder(String contextPath) {
        config.put("kraken.graphql-endpoint", BASE + contextPath + "/kraken/graphql/");
        config.put("kraken.jwks-uri", BASE + contextPath + "/kraken/jwks.json");
        // Kraken OAuth login against the simulator's authorisation server, as its public client.
        config.put("kraken.auth-endpoint", BASE + contextPath + "/kraken");
        config.put("kraken.oauth-client-id", Fixtures.OAUTH_CLIENT_ID);
        // Kraken OAuth needs the portal's origin configured: its redirect_uri is never taken from a request.
        config.put("kraken.auth.public-origin", BASE);
    }

    private static Map<String, String> existingConfig(WebArchive war) {
        Node node = war.get(WAR_CONFIG);
        Map<String, String> values = new LinkedHashMap<>();
        if (node == null || node.getAsset() == null) {
            return values;
        }
        Properties props = new Properties();
        try (InputStream in = node.getAsset().openStream()) {
            props.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        props.stringPropertyNames().forEach(k -> values.put(k, props.getProperty(k)));
        return values;
    }

    private static String properties(Map<String, String> values) {
        Properties props = new Properties();
        props.putAll(values);
        StringWriter out = new StringWriter();
        try {
            props.store(out, "kraken-portal-auth test deployment");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
