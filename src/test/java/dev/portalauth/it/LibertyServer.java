package dev.portalauth.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * A second OpenLiberty server of the test run's installation ({@code liberty.home}), started by a
 * test with a {@code server.xml} of its own, for what the Arquillian server "it" cannot show: the
 * module on a server configured differently. Its own name and port, so it never meets "it".
 */
final class LibertyServer implements AutoCloseable {

    static final int PORT = PortalDeployment.PORT + 3;

    private final Path wlp;
    private final String name;
    private final Path dir;
    private final int port;

    private LibertyServer(Path wlp, String name, int port) {
        this.wlp = wlp;
        this.name = name;
        this.dir = wlp.resolve("usr/servers").resolve(name);
        this.port = port;
    }

    /** Creates (afresh) and starts server {@code name} with {@code serverXml} and {@code war} in its dropins; returns once the WAR started. */
    static LibertyServer start(String name, String serverXml, WebArchive war) throws IOException, InterruptedException {
        return start(name, PORT, serverXml, Map.of(), war);
    }

    /** As {@link #start(String, String, WebArchive)}, on {@code port}, with {@code files} copied into the server's directory (by relative path). */
    static LibertyServer start(String name, int port, String serverXml, Map<String, Path> files, WebArchive war)
            throws IOException, InterruptedException {
        LibertyServer server = new LibertyServer(Path.of(System.getProperty("liberty.home")), name, port);
        server.create(serverXml, war);
        for (Map.Entry<String, Path> file : files.entrySet()) {
            Path target = server.dir.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.copy(file.getValue(), target);
        }
        server.run("start");
        try {
            server.awaitStarted(war.getName().replace(".war", ""));
        } catch (IllegalStateException | IOException e) {
            server.close(); // a server that failed to start the WAR would otherwise outlive the test
            throw e;
        }
        return server;
    }

    String base() {
        return "http://localhost:" + port;
    }

    /** Every log file the server wrote (messages.log, console.log, ffdc/). */
    String log() throws IOException {
        StringBuilder all = new StringBuilder();
        try (var files = Files.walk(dir.resolve("logs"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                all.append(Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        }
        return all.toString();
    }

    private void create(String serverXml, WebArchive war) throws IOException {
        if (Files.exists(dir)) {
            try (var old = Files.walk(dir)) {
                for (Path p : old.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(dir.resolve("dropins"));
        Files.createDirectories(dir.resolve("configDropins/overrides"));
        Files.writeString(dir.resolve("server.xml"), serverXml);
        Files.copy(Path.of("server-config/liberty/simulator.xml"), dir.resolve("configDropins/overrides/simulator.xml"));
        war.as(ZipExporter.class).exportTo(dir.resolve("dropins").resolve(war.getName()).toFile(), true);
    }

    private void awaitStarted(String application) throws IOException, InterruptedException {
        Path messages = dir.resolve("logs/messages.log");
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            String log = Files.exists(messages) ? Files.readString(messages, java.nio.charset.StandardCharsets.ISO_8859_1) : "";
            if (log.contains("CWWKZ0001I") && log.contains(application)) {
                return;
            }
            if (log.contains("CWWKZ0002E") || log.contains("CWWKZ0004E")) {
                throw new IllegalStateException("the application did not start on " + name + ":\n" + log);
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the application did not start on " + name + " within 3 minutes:\n" + log());
    }

    private void run(String action) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(List.of(wlp.resolve("bin/server").toString(), action, name))
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve(action + ".out").toFile());
        builder.environment().put("DEFAULT_HTTP_PORT", Integer.toString(port));
        builder.environment().put("JVM_ARGS", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC");
        Process process = builder.start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("server " + action + " " + name + " did not return");
        }
    }

    /**
     * Ends the server's process at once, as a crash would: no shutdown hooks, no goodbye to a
     * cluster. The process is the one Liberty recorded in {@code usr/servers/.pid/<name>.pid}.
     */
    void kill() throws IOException {
        long pid = Long.parseLong(Files.readString(wlp.resolve("usr/servers/.pid").resolve(name + ".pid")).trim());
        ProcessHandle process = ProcessHandle.of(pid)
                .orElseThrow(() -> new IllegalStateException("server " + name + " is not running"));
        process.destroyForcibly();
        process.onExit().join();
    }

    @Override
    public void close() throws IOException, InterruptedException {
        run("stop");
    }
}
