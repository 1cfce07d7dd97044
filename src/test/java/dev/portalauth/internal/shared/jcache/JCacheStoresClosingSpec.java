package dev.portalauth.internal.shared.jcache;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;

/**
 * The stores close what they opened, and only that: the cache manager a provider in a server's
 * shared library opened for them — and the cluster member it started — ends with the application
 * (else every redeployment leaves a member behind); a manager the server or a caller lent stays open.
 */
class JCacheStoresClosingSpec {

    private static final String PROVIDER_TYPE = "hazelcast.jcache.provider.type";

    @Test
    void theManagerAndTheMemberTheStoresOpenedEndWithThem(@TempDir Path dir) throws Exception {
        String cluster = "kpa-closing-spec-" + UUID.randomUUID();
        Path config = Files.writeString(dir.resolve("hazelcast.xml"), """
                <hazelcast xmlns="http://www.hazelcast.com/schema/config">
                    <cluster-name>%s</cluster-name>
                    <properties>
                        <property name="hazelcast.phone.home.enabled">false</property>
                        <property name="hazelcast.logging.type">jdk</property>
                    </properties>
                    <network>
                        <join>
                            <multicast enabled="false"/>
                            <auto-detection enabled="false"/>
                            <tcp-ip enabled="false"/>
                        </join>
                        <interfaces enabled="true"><interface>127.0.0.1</interface></interfaces>
                    </network>
                </hazelcast>
                """.formatted(cluster));
        String previous = System.setProperty(PROVIDER_TYPE, "member"); // as the Liberty setup's jvm.options
        try {
            JCacheStores stores = new JCacheStores(HazelcastCluster.parts(HazelcastCluster.SECRET, false,
                    Clock.systemUTC(), Optional.of(config.toUri().toString())));
            HazelcastInstance member = memberOf(cluster);
            assertTrue(member.getLifecycleService().isRunning());

            stores.close();

            assertFalse(member.getLifecycleService().isRunning(), "the member started for the stores ended with them");
        } finally {
            if (previous == null) {
                System.clearProperty(PROVIDER_TYPE);
            } else {
                System.setProperty(PROVIDER_TYPE, previous);
            }
        }
    }

    @Test
    void aManagerLentToTheStoresStaysOpen() {
        try (HazelcastCluster lender = new HazelcastCluster()) {
            new JCacheStores(lender.manager(), HazelcastCluster.parts(HazelcastCluster.SECRET, false, Clock.systemUTC()))
                    .close();

            assertFalse(lender.manager().isClosed(), "the server's (or a caller's) manager is not the stores' to close");
        }
    }

    private static HazelcastInstance memberOf(String cluster) {
        return Hazelcast.getAllHazelcastInstances().stream()
                .filter(instance -> instance.getConfig().getClusterName().equals(cluster))
                .findFirst().orElseThrow(() -> new AssertionError("no member of " + cluster + " was started"));
    }
}
