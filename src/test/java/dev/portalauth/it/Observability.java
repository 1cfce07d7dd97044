package dev.portalauth.it;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server's {@code /health} and {@code /metrics} (MicroProfile Health and Metrics, served by
 * the server at its root, beside the WAR whatever its context root), as an operator reads them.
 */
final class Observability {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    record Answer(int status, String body) {
    }

    private Observability() {
    }

    static Answer get(String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(PortalDeployment.BASE + path))
                .header("Accept", path.startsWith("/metrics") ? "text/plain" : "application/json")
                .timeout(Duration.ofSeconds(20))
                .GET().build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * {@code /health/started} once it is UP: the first JWKS fetch at deployment may fail (the
     * simulator serving it is in the WAR being deployed), so start-up waits for a retry.
     */
    static Answer awaitStarted() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        Answer answer = get("/health/started");
        while (answer.status() != 200 && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            answer = get("/health/started");
        }
        return answer;
    }

    /**
     * The value of the Prometheus sample {@code name} whose labels include {@code label}
     * (e.g. {@code outcome="success"}; {@code null}: any), or 0 when there is none.
     */
    static double sample(String metrics, String name, String label) {
        Pattern line = Pattern.compile("(?m)^" + Pattern.quote(name) + "(\\{[^}]*})?\\s+(\\S+)");
        Matcher m = line.matcher(metrics);
        while (m.find()) {
            String labels = m.group(1) == null ? "" : m.group(1);
            if (label == null || labels.contains(label)) {
                return Double.parseDouble(m.group(2));
            }
        }
        return 0;
    }

    /** Whether a sample {@code name} with {@code label} is listed at all. */
    static boolean listed(String metrics, String name, String label) {
        Pattern line = Pattern.compile("(?m)^" + Pattern.quote(name) + "\\{[^}]*" + Pattern.quote(label));
        return line.matcher(metrics).find();
    }
}
