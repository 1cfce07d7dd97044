import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Prepares the Payara Micro roots the Arquillian tests start (pom.xml, profile payara-class-data),
 * one per failsafe fork: Payara Micro unpacked once into ROOT-n with a launcher bound to it, then
 * started once by that launcher with the WAR (a warm-up that deploys and stops, the roots' side by
 * side, on ports PORT, PORT + 1, …) while the JVM
 * writes the classes it loaded to ROOT-n/classes.jsa. The launcher gets Payara Micro's version
 * file, which Arquillian's Payara Micro adapter reads from the jar it is given.
 *
 * <pre>java src/build/PayaraRoots.java PAYARA_MICRO_JAR ROOT COUNT WAR PORT LOG</pre>
 */
public final class PayaraRoots {

    private static final String VERSION_FILE = "MICRO-INF/domain/branding/glassfish-version.properties";

    public static void main(String[] args) throws IOException, InterruptedException {
        Path micro = Path.of(args[0]);
        int count = Integer.parseInt(args[2]);
        List<Process> warmUps = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            Path root = Path.of(args[1] + "-" + n).toAbsolutePath();
            await(start(List.of("-jar", micro.toString(), "--rootdir", root.toString(), "--outputlauncher")));
            Path launcher = root.resolve("launch-micro.jar");
            copyVersionFile(micro, launcher);
            String port = Integer.toString(Integer.parseInt(args[4]) + n - 1);
            // Side by side: most of a warm-up is one core's work.
            warmUps.add(start(List.of("-XX:ArchiveClassesAtExit=" + root.resolve("classes.jsa"),
                    "-Xlog:cds=error", // not the thousands of "Skipping …: Not linked" lines
                    "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss512k", "-Djava.net.preferIPv4Stack=true",
                    // The one key the WAR cannot start without; Kraken itself is never called.
                    "-Dkraken.graphql-endpoint=http://127.0.0.1:" + port + "/kraken/graphql/",
                    "-jar", launcher.toString(), "--deploy", args[3], "--port", port, "--nocluster",
                    "--disablephonehome", "--logtofile", args[5] + "-" + n + ".log", "--warmup")));
        }
        for (Process warmUp : warmUps) {
            await(warmUp);
        }
    }

    private static void copyVersionFile(Path micro, Path launcher) throws IOException {
        try (FileSystem from = FileSystems.newFileSystem(micro);
             FileSystem to = FileSystems.newFileSystem(URI.create("jar:" + launcher.toUri()), Map.of())) {
            Path target = to.getPath(VERSION_FILE);
            Files.createDirectories(target.getParent());
            Files.copy(from.getPath(VERSION_FILE), target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static Process start(List<String> arguments) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(arguments);
        return new ProcessBuilder(command).inheritIO().start();
    }

    private static void await(Process process) throws InterruptedException {
        int exit = process.waitFor();
        if (exit != 0) {
            throw new IllegalStateException("exit " + exit + ": " + process.info().commandLine().orElse("java"));
        }
    }
}
