package dev.portalauth.it;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * A Payara Micro started by a test as a plain process, for what Arquillian cannot show: a
 * deployment that must fail, and a server that restarts under the same browser.
 */
public final class ServerProcess implements AutoCloseable {

    public static final int PORT = PortalDeployment.PORT + 2;

    private final Process process;
    private final Path output;
    private final int port;

    private ServerProcess(Process process, Path output, int port) {
        this.process = process;
        this.output = output;
        this.port = port;
    }

    /** Exports the WARs (context root = file name) and starts one server with all of them; returns when it is ready. */
    public static ServerProcess start(String name, WebArchive... wars) throws IOException, InterruptedException {
        return start(name, List.of(), wars);
    }

    /** As {@link #start(String, WebArchive...)}, with JVM system properties ({@code -Dkey=value}) for every WAR. */
    public static ServerProcess start(String name, List<String> systemProperties, WebArchive... wars)
            throws IOException, InterruptedException {
        return startOn(PORT, name, systemProperties, wars);
    }

    /** As {@link #start(String, List, WebArchive...)}, on another port (a second node). */
    public static ServerProcess startOn(int port, String name, List<String> systemProperties, WebArchive... wars)
            throws IOException, InterruptedException {
        return startWith(port, name, systemProperties, List.of("--nocluster"), wars);
    }

    /** As {@link #startOn}, with Payara Micro's own options in place of {@code --nocluster} (a cluster's flags). */
    public static ServerProcess startWith(int port, String name, List<String> systemProperties, List<String> payaraOptions,
                                          WebArchive... wars) throws IOException, InterruptedException {
        Path dir = Files.createDirectories(Path.of("target", "server-process", name));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        command.addAll(systemProperties);
        command.addAll(List.of("-jar", System.getProperty("payara.microJar")));
        for (WebArchive war : wars) {
            File file = dir.resolve(war.getName()).toFile();
            war.as(ZipExporter.class).exportTo(file, true);
            command.add("--deploy");
            command.add(file.getAbsolutePath());
        }
        command.addAll(List.of("--port", String.valueOf(port), "--disablephonehome"));
        command.addAll(payaraOptions);
        Path output = dir.resolve("server.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        ServerProcess server = new ServerProcess(process, output, port);
        server.awaitReady();
        return server;
    }

    /**
     * Several servers started at once (a start is mostly one core's work), in the order given;
     * when one fails to start, those that did are stopped.
     */
    @SafeVarargs
    public static List<ServerProcess> together(Callable<ServerProcess>... starts) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(starts.length);
        try {
            List<Future<ServerProcess>> starting = new ArrayList<>();
            for (Callable<ServerProcess> start : starts) {
                starting.add(pool.submit(start));
            }
            List<ServerProcess> started = new ArrayList<>();
            Exception failure = null;
            for (Future<ServerProcess> future : starting) {
                try {
                    started.add(future.get());
                } catch (ExecutionException e) {
                    if (failure == null) {
                        failure = e.getCause() instanceof Exception cause ? cause : e;
                    }
                }
            }
            if (failure != null) {
                started.forEach(ServerProcess::close);
                throw failure;
            }
            return started;
        } finally {
            pool.shutdown();
        }
    }

    public String output() throws IOException {
        return Files.readString(output);
    }

    public String base() {
        return "http://localhost:" + port;
    }

    private void awaitReady() throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited early:\n" + output());
            }
            if (Files.exists(output) && output().contains(" ready in ")) {
                return;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("Payara Micro was not ready within 3 minutes");
    }

    /** Ends the process at once, as a crash would: no shutdown hooks, no goodbye to a cluster. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
