package dev.portalauth.it;

import java.io.IOException;
import java.io.StringReader;
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
import dev.portalauth.testkit.GuestTokenForge;
import dev.portalauth.testkit.KrakenDeployment;

/**
 * Builds the WARs the Arquillian tests deploy: the test kit's {@link KrakenDeployment} (the
 * module's classes as the build produced them, the Kraken simulator, the runtime libraries and the
 * test configuration), plus the demo portal, the demo's configuration where a test class does not
 * override it, and a probe page that reports the session of any request no other page claims
 * ({@link SessionProbe}). Deployed as {@code ROOT.war}, so paths in tests are the paths a user
 * sees, unless a test picks another context root ({@link #at}).
 */
public final class PortalDeployment {

    public static final int PORT = KrakenDeployment.PORT;
    public static final String BASE = KrakenDeployment.BASE;

    private static final String CONFIG = "META-INF/microprofile-config.properties";

    private static final Set<String> DEMO_SOURCES = demoFiles("java", ".java", "");
    private static final Set<String> DEMO_RESOURCES = demoFiles("resources", "\0", "");

    private final KrakenDeployment kraken = KrakenDeployment.simulated();
    private final List<Class<?>> extraClasses = new ArrayList<>();
    private final List<Path> classFolders = new ArrayList<>();
    private String contextRoot = "/";
    private boolean pages = true;
    private String webXml;

    private PortalDeployment() {
        // The demo's settings, but where the simulator is and what the kit sets for tests.
        Map<String, String> kit = kraken.configuration();
        demoDefaults().forEach((key, value) -> {
            if (!kit.containsKey(key)) {
                kraken.with(key, value);
            }
        });
    }

    /** The demo portal with the simulator, configured as the demo runs but for the test port. */
    public static PortalDeployment demoPortal() {
        return new PortalDeployment();
    }

    /**
     * One node of a cluster sharing state through JCache: the demo portal using the first node's
     * simulator ({@code kraken}: {@code http://localhost:PORT/kraken}), the same guest signing key on
     * every node, visitors' addresses from {@code X-Forwarded-For}, the exchange limited to
     * {@code exchangeLimit} a minute, and {@code secret} sealing the shared values.
     */
    public static PortalDeployment clusterNode(String kraken, int exchangeLimit, String secret) {
        return demoPortal()
                .with("kraken.graphql-endpoint", kraken + "/graphql/")
                .with("kraken.jwks-uri", kraken + "/jwks.json")
                .with("kraken.auth.guest.signing-key", GuestTokenForge.pem())
                .with("kraken.auth.guest.key-id", "shared")
                .with("kraken.auth.trusted-proxies", "127.0.0.1, ::1")
                .with("kraken.auth.rate-limit.exchange", exchangeLimit + "/PT1M")
                .with("kraken.auth.shared-state", "jcache")
                // Generous for a test machine shared by many builds: a first operation after the
                // cluster formed (partitions assigned, caches made on each member) can take seconds.
                .with("kraken.auth.shared-state.timeout", "PT5S")
                .with("kraken.auth.shared-state.secret", secret);
    }

    /**
     * Deploys at {@code contextRoot} (e.g. {@code /portal}) instead of {@code /}: Payara Micro takes
     * the context root from the WAR's file name, OpenLiberty from {@code ibm-web-ext.xml}. The
     * simulator in the WAR moves with it.
     */
    public PortalDeployment at(String contextRoot) {
        this.contextRoot = contextRoot;
        kraken.at(contextRoot);
        return this;
    }

    /**
     * Without the demo's pages and the probe: only the module and the simulator, as a production
     * WAR in front of an application that serves nothing, so that requests the module lets through
     * get the server's own answers (404 and the like). The demo's GraphQL documents go with its pages,
     * and so does the route they turn on.
     */
    public PortalDeployment withoutPages() {
        pages = false;
        kraken.without("kraken.auth.graphql-proxy.documents");
        return this;
    }

    /**
     * Kraken's GraphQL endpoint served by the simulator's raw-socket front on a free loopback port,
     * which can close or reset a connection right after reading a request (the Servlet API cannot)
     * and closes connections idle for {@code idleCloseMillis}, so pooled ones go stale.
     */
    public PortalDeployment withFaultFront(int idleCloseMillis) {
        int port = freeLoopbackPort();
        kraken.with("simulator.front-port", Integer.toString(port))
                .with("simulator.front-idle-close-ms", Integer.toString(idleCloseMillis))
                .with("kraken.graphql-endpoint", "http://127.0.0.1:" + port + "/kraken/graphql/");
        return this;
    }

    private static int freeLoopbackPort() {
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Without Kraken OAuth, and so without {@code kraken.auth.public-origin} (which OAuth requires):
     * the portal's origin is then the request's own, or what a trusted proxy reports.
     */
    public PortalDeployment withoutKrakenOAuth() {
        return without("kraken.auth-endpoint").without("kraken.oauth-client-id").without("kraken.auth.public-origin");
    }

    public PortalDeployment with(String key, String value) {
        kraken.with(key, value);
        return this;
    }

    public PortalDeployment without(String key) {
        kraken.without(key);
        return this;
    }

    /**
     * Exactly this configuration, instead of the demo's and the tests' settings (rate limits, a
     * lenient breaker): for a test of a configuration as a user writes it. The simulator stays in
     * the WAR at {@code /kraken/}; the values must point Kraken at it.
     */
    public PortalDeployment configuredExactly(Map<String, String> values) {
        kraken.configuration().keySet().forEach(kraken::without);
        values.forEach(kraken::with);
        return this;
    }

    /** Adds the classes compiled into a folder (e.g. the documentation's examples, compiled by the test). */
    public PortalDeployment withClassFolder(Path folder) {
        classFolders.add(folder);
        return this;
    }

    /** Adds test-only classes (custom extension beans, test pages). */
    public PortalDeployment withClasses(Class<?>... classes) {
        extraClasses.addAll(List.of(classes));
        return this;
    }

    /**
     * The module as a portal embeds it (docs/GUIDE.md, "Adding the module to a portal"): the classes jar the
     * build published, in {@code WEB-INF/lib}, instead of its classes in {@code WEB-INF/classes}.
     */
    public PortalDeployment moduleAsClassesJar() {
        try {
            kraken.moduleFrom(Artifacts.built("kraken-portal-auth-*-classes.jar").toPath());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Without BouncyCastle in {@code WEB-INF/lib}: the module's ES256 runs in the JDK's provider. */
    public PortalDeployment withoutBouncyCastle() {
        kraken.withoutBouncyCastle();
        return this;
    }

    /** The portal's own {@code WEB-INF/web.xml}. */
    public PortalDeployment withWebXml(String xml) {
        webXml = xml;
        return this;
    }

    public WebArchive build() {
        String name = contextRoot.equals("/") ? "ROOT.war" : contextRoot.substring(1) + ".war";
        WebArchive war = ShrinkWrap.create(WebArchive.class, name);
        if (webXml != null) {
            war.setWebXML(new StringAsset(webXml));
        }
        if (pages) {
            war.merge(directory(Path.of(System.getProperty("it.test-classes")), PortalDeployment::isDemoPortal),
                    "/WEB-INF/classes");
            war.addPackage(SessionProbe.class.getPackage());
        }
        extraClasses.forEach(war::addClass);
        classFolders.forEach(folder -> war.merge(directory(folder, path -> true), "/WEB-INF/classes"));
        return kraken.addTo(war);
    }

    /** The Kraken simulator alone (its classes, fixtures and libraries), for a WAR beside the module's. */
    public static WebArchive simulatorOnly(String name) {
        return KrakenDeployment.simulatorOnly(ShrinkWrap.create(WebArchive.class, name));
    }

    /** The demo portal's classes and resources, without the simulator (the kit adds it). */
    private static boolean isDemoPortal(ArchivePath path) {
        String p = path.get();
        return isDemo(path) && !p.startsWith("/dev/portalauth/simulator") && !p.startsWith("/simulator")
                && !p.equals("/" + CONFIG);
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
}
