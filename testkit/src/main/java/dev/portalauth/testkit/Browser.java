package dev.portalauth.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A browser as far as the module can tell: HTTP/1.1, no automatic redirects, and a cookie jar
 * that keeps what the server sets (Secure cookies too: tests run over plain http on loopback).
 * Paths are inside the deployment's context root ({@link #at}); a full {@code http…} URL is sent
 * as it is.
 */
public final class Browser {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final Map<String, String> jar = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final String contextPath;

    /** A browser for a deployment at {@code /}. */
    public Browser() {
        this("");
    }

    private Browser(String contextPath) {
        this.contextPath = contextPath;
    }

    /** A browser for a deployment at {@code contextPath} (e.g. {@code /portal}). */
    public static Browser at(String contextPath) {
        return new Browser(contextPath);
    }

    public Browser cookie(String name, String value) {
        jar.put(name, value);
        return this;
    }

    public Browser forget(String name) {
        jar.remove(name);
        return this;
    }

    public String cookie(String name) {
        return jar.get(name);
    }

    public Map<String, String> cookies() {
        return Map.copyOf(jar);
    }

    /** A header sent with every later request (e.g. {@code Origin}). */
    public Browser header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public Reply get(String path) {
        return send(request(path).GET());
    }

    public Reply postForm(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Reply postJson(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            List<SetCookie> set = response.headers().allValues("Set-Cookie").stream().map(SetCookie::parse).toList();
            for (SetCookie c : set) {
                if (c.clears()) {
                    jar.remove(c.name());
                } else {
                    jar.put(c.name(), c.value());
                }
            }
            return new Reply(response.statusCode(), response.headers(), response.body(), set);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : KrakenDeployment.BASE + contextPath + path))
                .timeout(Duration.ofSeconds(30));
        headers.forEach(b::header);
        if (!jar.isEmpty()) {
            b.header("Cookie", jar.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        return b;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
