package dev.portalauth.it;

import static dev.portalauth.testkit.Fixtures.DEMO_EMAIL;
import static dev.portalauth.testkit.Fixtures.DEMO_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

import dev.portalauth.testkit.Browser;

/**
 * Three Payara Micro nodes clustered on loopback with {@code kraken.auth.shared-state=jcache} act as
 * one behind a round-robin balancer: a client gets each rate limit once, not three times; a key
 * Kraken refused on one node is refused on the others without a call; a logout on one node ends the
 * refresh hand-over on the others; and when a node dies the two left keep serving with the limits
 * holding (host-aware partitioning is off, so the nodes of one machine back each other up).
 * Nodes on {@code it.http.port + 2}, {@code + 4}, {@code + 6}; Kraken is the first node's simulator.
 */
class ThreeNodesIT {

    private static final int PORT_A = ServerProcess.PORT;
    private static final int[] PORTS = {PORT_A, PORT_A + 2, PORT_A + 4};
    /** The cluster's own ports, one per node, beside the HTTP ports. */
    private static final int HAZELCAST_PORT = PORT_A + 5;
    private static final String KRAKEN = "http://localhost:" + PORT_A + "/kraken";
    private static final String EXCHANGES = "obtainKrakenToken.preSignedKey";
    private static final String REFRESHES = "obtainKrakenToken.refreshToken";
    private static final int EXCHANGE_LIMIT = 3;

    private static final ClusterVisitors VISITORS = new ClusterVisitors(KRAKEN);

    private static WebArchive node() {
        return PortalDeployment.clusterNode(KRAKEN, EXCHANGE_LIMIT, "three-nodes-it-shared-state-secret-0123456789").build();
    }

    private static List<String> clusterFlags(int node) {
        return List.of("--clustername", "kpa-three-nodes-" + PORT_A,
                "--clustermode", "tcpip:127.0.0.1:" + HAZELCAST_PORT + ",127.0.0.1:" + (HAZELCAST_PORT + 1)
                        + ",127.0.0.1:" + (HAZELCAST_PORT + 2),
                "--startport", String.valueOf(HAZELCAST_PORT + node),
                "--interfaces", "127.0.0.1", "--nohostaware", "--hzinitialjoinwait", "1");
    }

    @Test
    void threeNodesActAsOneAndTwoKeepDoingSoWhenOneDies() throws Exception {
        WebArchive war = node();
        List<ServerProcess> nodes = startAll(war);
        try {
            String a = nodes.get(0).base();
            String b = nodes.get(1).base();
            String c = nodes.get(2).base();
            VISITORS.control("reset", "{}");

            // Round-robin over three nodes: the exchange limit holds once (one refill allowed), not three times.
            Browser attacker = VISITORS.newClient();
            for (int i = 0; i < 9; i++) {
                attacker.get(List.of(a, b, c).get(i % 3) + "/anon/" + ClusterVisitors.randomKey() + "/probe");
            }
            int exchanges = VISITORS.calls(EXCHANGES);
            assertTrue(exchanges >= EXCHANGE_LIMIT && exchanges <= EXCHANGE_LIMIT + 1,
                    "Kraken exchanges over three nodes = the limit of one, was " + exchanges);

            // Refused on A: refused on B and C without a call.
            String refused = ClusterVisitors.randomKey();
            assertEquals("/login?error=PRE_SIGNED_KEY_INVALID", VISITORS.newClient().get(a + "/anon/" + refused + "/probe").location());
            int afterRefusal = VISITORS.calls(EXCHANGES);
            for (String other : List.of(b, c)) {
                assertEquals("/login?error=PRE_SIGNED_KEY_INVALID",
                        VISITORS.newClient().get(other + "/anon/" + refused + "/probe").location(), other);
            }
            assertEquals(afterRefusal, VISITORS.calls(EXCHANGES), "B and C remembered A's refusal");

            // A refresh on A is handed over on B; a logout on A ends that hand-over on B and C.
            VISITORS.control("lifetimes", "{\"accessSeconds\":20,\"refreshSeconds\":3600,\"scopedSeconds\":3600}");
            Browser user = VISITORS.newClient();
            user.postForm(a + "/api/auth/login", Map.of("email", DEMO_EMAIL, "password", DEMO_PASSWORD));
            Browser copyForB = VISITORS.copyOf(user);
            Browser copyForC = VISITORS.copyOf(user);
            Browser secondCopyForB = VISITORS.copyOf(user);
            int refreshes = VISITORS.calls(REFRESHES);
            assertEquals("access-token", ClusterVisitors.probe(user, a).getString("authMethod"));
            assertEquals(refreshes + 1, VISITORS.calls(REFRESHES), "A refreshed the short-lived token");
            assertEquals("access-token", ClusterVisitors.probe(copyForB, b).getString("authMethod"), "B hands over A's refresh");
            assertEquals(refreshes + 1, VISITORS.calls(REFRESHES), "B did not ask Kraken again");

            user.postForm(a + "/api/auth/logout", Map.of());
            ClusterVisitors.probe(copyForC, c);
            ClusterVisitors.probe(secondCopyForB, b);
            assertEquals(refreshes + 3, VISITORS.calls(REFRESHES), "after the logout on A, neither B nor C hands over: Kraken decides");

            // C dies; A and B keep serving, and the limit still holds over the two.
            nodes.get(2).kill();
            Thread.sleep(3_000); // the cluster notices the missing member
            assertEquals("/login?error=PRE_SIGNED_KEY_INVALID", VISITORS.newClient().get(b + "/anon/" + refused + "/probe").location(),
                    "the refusal outlived the node that may have held it");
            int before = VISITORS.calls(EXCHANGES);
            Browser second = VISITORS.newClient();
            for (int i = 0; i < 8; i++) {
                second.get(List.of(a, b).get(i % 2) + "/anon/" + ClusterVisitors.randomKey() + "/probe");
            }
            int made = VISITORS.calls(EXCHANGES) - before;
            assertTrue(made >= EXCHANGE_LIMIT && made <= EXCHANGE_LIMIT + 1,
                    "Kraken exchanges over the two nodes left = the limit of one, was " + made);
            assertEquals("none", ClusterVisitors.probe(new Browser(), a).getString("authMethod"));
            assertEquals("none", ClusterVisitors.probe(new Browser(), b).getString("authMethod"));
        } finally {
            nodes.forEach(ServerProcess::close);
        }
    }

    /** Three nodes started together (each waits for its own deployment). */
    @SuppressWarnings("unchecked")
    private static List<ServerProcess> startAll(WebArchive war) throws Exception {
        Callable<ServerProcess>[] starts = new Callable[PORTS.length];
        for (int i = 0; i < PORTS.length; i++) {
            int node = i;
            starts[i] = () -> ServerProcess.startWith(PORTS[node], "three-nodes-" + node, List.of(), clusterFlags(node), war);
        }
        return ServerProcess.together(starts);
    }
}
