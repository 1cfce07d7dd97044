package dev.portalauth.it;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Failsafe runs the Payara Micro ITs in two JVMs at once (pom.xml, {@code it.forks}), each
 * starting servers of its own: before any test class is loaded, fork {@code n} (system property
 * {@code it.fork}, {@code fork-n}) takes the test port {@code it.http.port + 10 (n - 1)}, where its
 * Payara Micro serves every class's WAR ({@code payara.MicroHostContainer}) and beside which its
 * process-level servers ({@code + 2} to {@code + 8}) stay clear of the other fork's. Its own server
 * log comes from pom.xml. Without {@code it.fork} (unit tests, OpenLiberty) nothing changes.
 */
public final class ForkedServers implements LauncherSessionListener {

    private static final String BASE = "it.http.port.base";

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String fork = System.getProperty("it.fork", "");
        if (!fork.matches("fork-[1-9][0-9]*")) {
            return;
        }
        int n = Integer.parseInt(fork.substring("fork-".length()));
        // Once per JVM, whatever the number of sessions it opens.
        String base = System.getProperty(BASE);
        if (base == null) {
            base = System.getProperty("it.http.port", "18080");
            System.setProperty(BASE, base);
        }
        System.setProperty("it.http.port", Integer.toString(Integer.parseInt(base) + 10 * (n - 1)));
    }
}
