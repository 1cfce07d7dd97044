package dev.portalauth.it;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import dev.portalauth.testkit.Simulator;

/**
 * What an Arquillian test class does around its tests against the portal it deployed: before the
 * first, it may warm the simulator up ({@link Simulator#warmUp}); after the last, it may check
 * that the server log holds no fixture secret and none of the tokens the class saw
 * ({@link ServerLog#assertNoSecrets}). Registered on a static field, so JUnit runs it after
 * Arquillian deployed the class's WAR and before it undeploys it:
 *
 * <pre>
 * &#64;RegisterExtension
 * static final DeployedPortal PORTAL = DeployedPortal.warmedUp().loggingNoSecrets(SEEN_TOKENS);
 * </pre>
 */
public final class DeployedPortal implements BeforeAllCallback, AfterAllCallback {

    private final boolean warmUp;
    private final Supplier<List<String>> loggable;

    private DeployedPortal(boolean warmUp, Supplier<List<String>> loggable) {
        this.warmUp = warmUp;
        this.loggable = loggable;
    }

    /** Warms the simulator up before the first test. */
    public static DeployedPortal warmedUp() {
        return new DeployedPortal(true, null);
    }

    /** As deployed: no warm-up. */
    public static DeployedPortal asDeployed() {
        return new DeployedPortal(false, null);
    }

    /** After the last test, no fixture secret and none of {@code tokens} is in the server log. */
    public DeployedPortal loggingNoSecrets(String... tokens) {
        return new DeployedPortal(warmUp, () -> List.of(tokens));
    }

    /**
     * After the last test, no fixture secret and none of the tokens in {@code seen} (filled in by
     * the tests, read after the last one) is in the server log.
     */
    public DeployedPortal loggingNoSecrets(Collection<String> seen) {
        return new DeployedPortal(warmUp, () -> new ArrayList<>(seen));
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (warmUp) {
            Simulator.warmUp();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (loggable != null) {
            ServerLog.assertNoSecrets(loggable.get().toArray(String[]::new));
        }
    }
}
