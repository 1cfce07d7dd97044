import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Fills the refresh-token pool of bench/run's "refresh, distinct tokens": logs the demo user in
 * through the module (so each refresh token comes with the binding the module set beside it, the
 * only refresh tokens it sends to Kraken) for the given seconds, from a few threads, and writes one
 * line per login: the refresh token and the access binding, separated by a space.
 * Usage: {@code java bench/src/RefreshPool.java BASE_URL SECONDS OUT_FILE}
 */
public class RefreshPool {

    private static final int THREADS = 4;

    public static void main(String[] args) throws Exception {
        String base = args[0];
        long until = System.nanoTime() + Duration.ofSeconds(Long.parseLong(args[1])).toNanos();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest login = HttpRequest.newBuilder(URI.create(base + "/api/auth/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", base)
                .POST(HttpRequest.BodyPublishers.ofString("email=demo%40example.com&password=demo-password"))
                .build();
        List<String> lines = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            Thread thread = new Thread(() -> {
                while (System.nanoTime() < until) {
                    try {
                        HttpResponse<Void> reply = http.send(login, HttpResponse.BodyHandlers.discarding());
                        String refresh = cookie(reply, "refreshToken");
                        String binding = cookie(reply, "accessTokenBinding");
                        if (refresh != null && binding != null) {
                            lines.add(refresh + " " + binding);
                        }
                    } catch (IOException e) {
                        return;
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[2])))) {
            lines.forEach(out::println);
        }
    }

    private static String cookie(HttpResponse<?> reply, String name) {
        for (String header : reply.headers().allValues("Set-Cookie")) {
            if (header.startsWith(name + "=")) {
                int end = header.indexOf(';');
                return header.substring(name.length() + 1, end < 0 ? header.length() : end);
            }
        }
        return null;
    }
}
