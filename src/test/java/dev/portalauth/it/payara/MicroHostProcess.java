package dev.portalauth.it.payara;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarFile;

/**
 * The running {@link MicroHost} of this JVM, and the commands it is sent. It lives as long as the
 * JVM: failsafe runs each test class of a fork as a suite of its own, and Arquillian starts and
 * stops its container around every suite. At the JVM's exit the host's standard input closes, and
 * it stops the server.
 */
final class MicroHostProcess {

    private static MicroHostProcess running;

    private final Process server;
    private final Writer commands;
    private final BlockingQueue<String> answers = new LinkedBlockingQueue<>();
    private final int timeoutSeconds;

    private MicroHostProcess(Process server, int timeoutSeconds) {
        this.server = server;
        this.commands = new OutputStreamWriter(server.getOutputStream(), StandardCharsets.UTF_8);
        this.timeoutSeconds = timeoutSeconds;
        Thread reader = new Thread(() -> readAnswers(server.getInputStream()), "micro-host-answers");
        reader.setDaemon(true);
        reader.start();
    }

    /** This JVM's host, started now if it is not running, in {@code home} (its class and the exported WARs). */
    static synchronized MicroHostProcess of(MicroHostConfiguration configuration, Path home) throws IOException {
        if (running == null || !running.server.isAlive()) {
            Process server = new ProcessBuilder(command(configuration, hostClasses(home)))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            MicroHostProcess started = new MicroHostProcess(server, configuration.getStartupTimeoutInSeconds());
            String ready = started.answer();
            if (!MicroHost.READY.equals(ready)) {
                server.destroyForcibly();
                throw new IOException(ready);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "micro-host-stop"));
            running = started;
        }
        return running;
    }

    /** Sends one command; its answer, {@link MicroHost#OK} or why not. */
    synchronized String execute(String command) throws IOException {
        commands.write(command + "\n");
        commands.flush();
        return answer();
    }

    /** Closes the host's standard input, so it stops the server, and waits for it a while. */
    private void stop() {
        try {
            commands.close();
            if (!server.waitFor(30, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        } catch (IOException e) {
            server.destroyForcibly();
        } catch (InterruptedException e) {
            server.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** The host's next answer; fails when it exits first or says nothing in time. */
    private String answer() throws IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        try {
            while (System.nanoTime() < deadline) {
                String answer = answers.poll(250, TimeUnit.MILLISECONDS);
                if (answer != null) {
                    return answer;
                }
                if (!server.isAlive() && answers.isEmpty()) {
                    throw new IOException("Payara Micro exited (" + server.exitValue() + "); its log says why");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new IOException("Payara Micro did not answer within " + timeoutSeconds + " s");
    }

    private void readAnswers(InputStream output) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(output, StandardCharsets.UTF_8))) {
            for (String line; (line = lines.readLine()) != null; ) {
                if (line.startsWith(MicroHost.ANSWER)) {
                    answers.add(line.substring(MicroHost.ANSWER.length()));
                }
            }
        } catch (IOException e) {
            // the server is gone: answer() says so
        }
    }

    private static List<String> command(MicroHostConfiguration configuration, Path classes) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(words(configuration.getJavaOptions()));
        command.addAll(launcherAccess(configuration.getMicroJar()));
        command.addAll(List.of("-cp", configuration.getMicroJar() + File.pathSeparator + classes,
                MicroHost.class.getName(), "--port", Integer.toString(configuration.getHttpPort())));
        command.addAll(words(configuration.getMicroOptions()));
        return command;
    }

    /** What {@code java -jar payara-micro.jar} opens from the jar's manifest, which a class path start does not read. */
    private static List<String> launcherAccess(String microJar) throws IOException {
        List<String> options = new ArrayList<>();
        try (JarFile jar = new JarFile(microJar)) {
            Attributes manifest = jar.getManifest().getMainAttributes();
            for (String opened : words(manifest.getValue("Add-Opens"))) {
                options.add("--add-opens=" + opened + "=ALL-UNNAMED");
            }
            for (String exported : words(manifest.getValue("Add-Exports"))) {
                options.add("--add-exports=" + exported + "=ALL-UNNAMED");
            }
        }
        return options;
    }

    /** {@link MicroHost}'s class file, alone in a directory of its own. */
    private static Path hostClasses(Path home) throws IOException {
        Path classes = home.resolve("classes");
        String file = MicroHost.class.getName().replace('.', '/') + ".class";
        Path target = classes.resolve(file);
        Files.createDirectories(target.getParent());
        try (InputStream in = MicroHost.class.getClassLoader().getResourceAsStream(file)) {
            if (in == null) {
                throw new IOException(file + " not found");
            }
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return classes;
    }

    private static List<String> words(String text) {
        return text == null || text.isBlank() ? List.of() : Arrays.asList(text.trim().split("\\s+"));
    }
}
