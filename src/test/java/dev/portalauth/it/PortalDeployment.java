package dev.portalauth.it;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.Filter;
import org.jboss.shrinkwrap.api.GenericArchive;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ExplodedImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import dev.portalauth.it.probe.SessionProbe;

/**
 * Builds the WARs the Arquillian tests deploy: the module's classes as the build produced them,
 * the demo portal and the Kraken simulator, the runtime libraries, and a configuration made of
 * the demo's defaults plus what a test class overrides, and a probe page that reports the session
 * of any request no other page claims ({@link SessionProbe}). Deployed as {@code ROOT.war}, so paths
 * in tests are the paths a user sees, unless a test picks another context root ({@link #at}).
 */
public final class PortalDeployment {

    public static final int PORT = Integer.getInteger("it.http.port", 18080);
    public static final String BASE = "http://localhost:" + PORT;

    private static final String CONFIG = "META-INF/microprofile-config.properties";

    /**
     * OpenLiberty serves a WAR from dropins at its file name ({@code /ROOT}) unless the WAR asks
     * for a context root in this IBM descriptor; Payara ignores the file. Only test WARs carry it:
     * the production WAR gets its context root from the server ({@code server-config/}).
     */
    private static final String LIBERTY_CONTEXT_ROOT = """
            <?xml version="1.0" encoding="UTF-8"?>
            <web-ext xmlns="http://websphere.ibm.com/xml/ns/javaee" version="1.1">
                <context-root uri="%s"/>
            </web-ext>
            """;

    private static final Set<String> DEMO_SOURCES = demoFiles("java", ".java", "");
    private static final Set<String> DEMO_RESOURCES = demoFiles("resources", "\0", "");

    private final Map<String, String> config = new LinkedHashMap<>();
    private final List<Class<?>> extraClasses = new ArrayList<>();
    private String contextRoot = "/";
    private boolean pages = true;

    private PortalDeployment() {
        config.putAll(demoDefaults());
        simulatorUnder("");
        // Tests see the production default: Secure cookies (the test client sends them over http itself).
        config.put("kraken.auth.cookie.secure", "true");
        // Rate limits count per client, and every test's client is localhost: a suite of logins and
        // exchanges would spend them. Tests of the limits (RateLimitIT, …) set their own.
        for (String operation : List.of("exchange", "login", "masquerade", "refresh", "confirm", "oauth")) {
            config.put("kraken.auth.rate-limit." + operation, "0");
        }
        // Tests inject Kraken faults one after another in an order JUnit chooses: a breaker opened by
        // the faults of earlier tests must not fail later ones. KrakenLoadSheddingIT sets its own.
        config.put("kraken.breaker.request-volume", "10000");
    }

    /** The demo portal with the simulator, configured as the demo runs but for the test port. */
    public static PortalDeployment demoPortal() {
        return new PortalDeployment();
    }

    /**
     * Deploys at {@code contextRoot} (e.g. {@code /portal}) instead of {@code /}: Payara Micro takes
     * the context root from the WAR's file name, OpenLiberty from {@code ibm-web-ext.xml}. The
     * simulator in the WAR moves with it.
     */
    public PortalDeployment at(String contextRoot) {
        this.contextRoot = contextRoot;
        simulatorUnder(contextRoot);
        return this;
    }

    /**
     * Without the demo's pages and the probe: only the module and the simulator, as a production
     * WAR in front of an application that serves nothing, so that requests the module lets through
     * get the server's own answers (404 and the like).
     */
    public PortalDeployment withoutPages() {
        pages = false;
        return this;
    }

    private void simulatorUnder(String contextPath) {
        config.put("kraken.graphql-endpoint", BASE + contextPath + "/kraken/graphql/");
        config.put("kraken.jwks-uri", BASE + contextPath + "/kraken/jwks.json");
        config.put("kraken.auth-endpoint", BASE + contextPath + "/kraken");
    }

    /**
     * Kraken's GraphQL endpoint served by the simulator's raw-socket front on a free loopback port,
     * which can close or reset a connection right after reading a request (the Servlet API cannot)
     * and closes connections idle for {@code idleCloseMillis}, so pooled ones go stale.
     */
    public PortalDeployment withFaultFront(int idleCloseMillis) {
        int port = freeLoopbackPort();
        config.put("simulator.front-port", Integer.toString(port));
        config.put("simulator.front-idle-close-ms", Integer.toString(idleCloseMillis));
        config.put("kraken.graphql-endpoint", "http://127.0.0.1:" + port + "/kraken/graphql/");
        return this;
    }

    private static int freeLoopbackPort() {
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public PortalDeployment with(String key, String value) {
        config.put(key, value);
        return this;
    }

    public PortalDeployment without(String key) {
        config.remove(key);
        return this;
    }

    /** Adds test-only classes (custom extension beans, test pages). */
    public PortalDeployment withClasses(Class<?>... classes) {
        extraClasses.addAll(List.of(classes));
        return this;
    }

    public WebArchive build() {
        String name = contextRoot.equals("/") ? "ROOT.war" : contextRoot.substring(1) + ".war";
        WebArchive war = ShrinkWrap.create(WebArchive.class, name);
        war.merge(directory(Path.of(System.getProperty("it.classes"))), "/WEB-INF/classes");
        war.merge(directory(Path.of(System.getProperty("it.test-classes")),
                pages ? PortalDeployment::isDemo : PortalDeployment::isSimulator), "/WEB-INF/classes");
        addLibraries(war);
        if (pages) {
            war.addPackage(SessionProbe.class.getPackage());
        }
        extraClasses.forEach(war::addClass);
        war.addAsResource(new StringAsset(properties(config)), CONFIG);
        war.addAsWebInfResource(new StringAsset(LIBERTY_CONTEXT_ROOT.formatted(contextRoot)), "ibm-web-ext.xml");
        return war;
    }

    /** The Kraken simulator alone (its classes, fixtures and libraries), for a WAR beside the module's. */
    public static WebArchive simulatorOnly(String name) {
        WebArchive war = ShrinkWrap.create(WebArchive.class, name);
        war.merge(directory(Path.of(System.getProperty("it.test-classes")), PortalDeployment::isSimulator),
                "/WEB-INF/classes");
        addLibraries(war);
        return war;
    }

    private static boolean isSimulator(ArchivePath path) {
        String p = path.get();
        return isDemo(path) && (p.equals("/dev") || p.equals("/dev/portalauth")
                || p.startsWith("/dev/portalauth/simulator") || p.startsWith("/simulator"));
    }

    /**
     * Classes compiled from {@code src/demo/java} (and their inner classes) and resources of
     * {@code src/demo/resources}: the demo and the simulator, without the unit tests that share
     * their packages in the test output.
     */
    private static boolean isDemo(ArchivePath path) {
        String p = path.get();
        if (p.endsWith(".class")) {
            int dollar = p.indexOf('$');
            String source = (dollar < 0 ? p.substring(0, p.length() - ".class".length()) : p.substring(0, dollar));
            return DEMO_SOURCES.contains(source);
        }
        return DEMO_RESOURCES.contains(p) || Stream.concat(DEMO_SOURCES.stream(), DEMO_RESOURCES.stream())
                .anyMatch(s -> s.startsWith(p + "/"));
    }

    private static Set<String> demoFiles(String folder, String suffix, String replacement) {
        Path root = Path.of(System.getProperty("it.demo-sources"), folder);
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .map(f -> "/" + root.relativize(f).toString().replace('\\', '/'))
                    .map(f -> f.endsWith(suffix) ? f.substring(0, f.length() - suffix.length()) + replacement : f)
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void addLibraries(WebArchive war) {
        try (Stream<Path> libs = Files.list(Path.of(System.getProperty("it.libs")))) {
            libs.forEach(lib -> war.addAsLibrary(lib.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static GenericArchive directory(Path dir) {
        return directory(dir, p -> true);
    }

    private static GenericArchive directory(Path dir, Filter<ArchivePath> filter) {
        return ShrinkWrap.create(GenericArchive.class).as(ExplodedImporter.class)
                .importDirectory(dir.toFile(), filter).as(GenericArchive.class);
    }

    private static Map<String, String> demoDefaults() {
        Path file = Path.of(System.getProperty("it.test-classes"), CONFIG);
        Properties props = new Properties();
        try {
            props.load(new StringReader(Files.readString(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> values = new LinkedHashMap<>();
        props.stringPropertyNames().forEach(k -> values.put(k, props.getProperty(k)));
        return values;
    }

    private static String properties(Map<String, String> values) {
        Properties props = new Properties();
        props.putAll(values);
        StringWriter out = new StringWriter();
        try {
            props.store(out, "test deployment");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
