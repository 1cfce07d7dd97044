package dev.portalauth.it;

import static dev.portalauth.testkit.Fixtures.DEMO_EMAIL;
import static dev.portalauth.testkit.Fixtures.DEMO_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;


import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

import dev.portalauth.testkit.Browser;

/**
 * Two OpenLiberty nodes with {@code kraken.auth.shared-state=jcache}, the JCache API and Hazelcast
 * in a shared library (the global library, which dropins applications use), clustered on loopback
 * by a Hazelcast configuration named in {@code kraken.auth.shared-state.provider-config}: a client
 * sending to both in turn gets the exchange limit once, a key refused on one is refused on the other
 * without a call, and a logout on one ends the refresh hand-over on the other; when the second
 * node's process is killed, the first keeps serving, still knows the refusal and still holds the
 * limit a client began to spend on the dead node. Nodes on
 * {@code it.http.port + 2} and {@code + 4}; Kraken is the first node's simulator.
 */
class TwoLibertyNodesIT {

    private static final int PORT_A = PortalDeployment.PORT + 2;
    private static final int PORT_B = PortalDeployment.PORT + 4;
    private static final int HAZELCAST_PORT = PortalDeployment.PORT + 5;
    private static final String KRAKEN = "http://localhost:" + PORT_A + "/kraken";
    private static final String EXCHANGES = "obtainKrakenToken.preSignedKey";
    private static final String REFRESHES = "obtainKrakenToken.refreshToken";
    private static final int EXCHANGE_LIMIT = 3;

    private static final ClusterVisitors VISITORS = new ClusterVisitors(KRAKEN);

    private static WebArchive node(Path hazelcastXml) {
        return PortalDeployment.clusterNode(KRAKEN, EXCHANGE_LIMIT, "two-liberty-nodes-it-shared-state-secret-0123")
                .with("kraken.auth.shared-state.provider-config", hazelcastXml.toUri().toString())
                .build();
    }

    private static Path hazelcastXml(int node) throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "two-liberty-nodes").toAbsolutePath());
        String members = "<member>127.0.0.1:" + HAZELCAST_PORT + "</member><member>127.0.0.1:" + (HAZELCAST_PORT + 1) + "</member>";
        return Files.writeString(dir.resolve("hazelcast-" + node + ".xml"), """
                <hazelcast xmlns="http://www.hazelcast.com/schema/config">
                    <cluster-name>kpa-two-liberty-nodes-%d</cluster-name>
                    <properties><property name="hazelcast.phone.home.enabled">false</property></properties>
                    <network>
                        <port auto-increment="false">%d</port>
                        <join>
                            <multicast enabled="false"/>
                            <auto-detection enabled="false"/>
                            <tcp-ip enabled="true">%s</tcp-ip>
                        </join>
                        <interfaces enabled="true"><interface>127.0.0.1</interface></interfaces>
                    </network>
                </hazelcast>
                """.formatted(PORT_A, HAZELCAST_PORT + node, members));
    }

    /** The module's server.xml, with the JCache API and Hazelcast as the global shared library. */
    private static String serverXml() throws Exception {
        return Files.readString(Path.of("server-config/liberty/server.xml")).replace("</server>", """
                    <library id="global">
                        <fileset dir="${server.config.dir}/jcache" includes="*.jar"/>
                    </library>
                </server>
                """);
    }

    /** The shared library's jars, and Hazelcast's JCache as a cluster member (its default is a client). */
    private static Map<String, Path> jcacheFiles() throws Exception {
        Path jvmOptions = Files.writeString(Files.createDirectories(Path.of("target", "two-liberty-nodes"))
                .resolve("jvm.options"), "-Dhazelcast.jcache.provider.type=member\n");
        return Map.of("jcache/cache-api.jar", jarOf(javax.cache.Caching.class),
                "jcache/hazelcast.jar", jarOf(com.hazelcast.core.Hazelcast.class),
                "jvm.options", jvmOptions);
    }

    private static Path jarOf(Class<?> type) throws Exception {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    @Test
    void twoNodesShareLimitsRefusalsAndTheEndOfAHandOverAndOneOutlivesTheOther() throws Exception {
        assumeTrue(System.getProperty("liberty.home") != null, "OpenLiberty leg only");
        String serverXml = serverXml();
        try (LibertyServer nodeA = LibertyServer.start("shared-a", PORT_A, serverXml, jcacheFiles(), node(hazelcastXml(0)));
             LibertyServer nodeB = LibertyServer.start("shared-b", PORT_B, serverXml, jcacheFiles(), node(hazelcastXml(1)))) {
            String a = nodeA.base();
            String b = nodeB.base();
            int before = VISITORS.calls(EXCHANGES);
            Browser attacker = VISITORS.newClient();
            for (int i = 0; i < 8; i++) {
                attacker.get(List.of(a, b).get(i % 2) + "/anon/" + ClusterVisitors.randomKey() + "/probe");
            }
            int exchanges = VISITORS.calls(EXCHANGES) - before;
            assertTrue(exchanges >= EXCHANGE_LIMIT && exchanges <= EXCHANGE_LIMIT + 1,
                    "Kraken exchanges over two nodes = the limit of one, was " + exchanges);

            String refused = ClusterVisitors.randomKey();
            assertEquals("/login?error=PRE_SIGNED_KEY_INVALID", VISITORS.newClient().get(a + "/anon/" + refused + "/probe").location());
            int afterRefusal = VISITORS.calls(EXCHANGES);
            assertEquals("/login?error=PRE_SIGNED_KEY_INVALID", VISITORS.newClient().get(b + "/anon/" + refused + "/probe").location());
            assertEquals(afterRefusal, VISITORS.calls(EXCHANGES), "B remembered A's refusal");

            VISITORS.control("lifetimes", "{\"accessSeconds\":20,\"refreshSeconds\":3600,\"scopedSeconds\":3600}");
            Browser user = VISITORS.newClient();
            user.postForm(a + "/api/auth/login", Map.of("email", DEMO_EMAIL, "password", DEMO_PASSWORD));
            Browser copyBefore = VISITORS.copyOf(user);
            Browser copyAfter = VISITORS.copyOf(user);
            int refreshes = VISITORS.calls(REFRESHES);
            assertEquals("access-token", ClusterVisitors.probe(user, a).getString("authMethod"));
            assertEquals("access-token", ClusterVisitors.probe(copyBefore, b).getString("authMethod"), "B hands over A's refresh");
            assertEquals(refreshes + 1, VISITORS.calls(REFRESHES), "B did not ask Kraken again");

            user.postForm(a + "/api/auth/logout", Map.of());
            ClusterVisitors.probe(copyAfter, b);
            assertEquals(refreshes + 2, VISITORS.calls(REFRESHES), "after the logout on A, B hands nothing over: Kraken decides");

            String refusedOnB = ClusterVisitors.randomKey();
            assertEquals("/login?error=PRE_SIGNED_KEY_INVALID", VISITORS.newClient().get(b + "/anon/" + refusedOnB + "/probe").location());
            Browser spender = VISITORS.newClient();
            int beforeKill = VISITORS.calls(EXCHANGES);
            spender.get(b + "/anon/" + ClusterVisitors.randomKey() + "/probe");
            spender.get(b + "/anon/" + ClusterVisitors.randomKey() + "/probe");
            nodeB.kill();
            Thread.sleep(3_000); // the cluster notices the missing member
            int afterKill = VISITORS.calls(EXCHANGES);
            assertEquals("/login?error=PRE_SIGNED_KEY_INVALID", VISITORS.newClient().get(a + "/anon/" + refusedOnB + "/probe").location(),
                    "A still knows the refusal B made before it died");
            assertEquals(afterKill, VISITORS.calls(EXCHANGES), "A remembered B's refusal without a call");
            for (int i = 0; i < 6; i++) {
                spender.get(a + "/anon/" + ClusterVisitors.randomKey() + "/probe");
            }
            int spent = VISITORS.calls(EXCHANGES) - beforeKill;
            assertTrue(spent >= EXCHANGE_LIMIT && spent <= EXCHANGE_LIMIT + 1,
                    "Kraken exchanges before and after B died = the limit of one, was " + spent);
            assertEquals("none", ClusterVisitors.probe(new Browser(), a).getString("authMethod"), "A keeps serving");
        }
    }
}
