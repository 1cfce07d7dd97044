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

    /**
     * A browser for a deployment at another context root.
     *
     * @param contextPath the deployment's context root (e.g. {@code /portal}), prefixed to every path
     * @return a browser with an empty cookie jar
     */
    public static Browser at(String contextPath) {
        return new Browser(contextPath);
    }

    /**
     * Puts a cookie in the jar, as if a response had set it (e.g. one a test forged).
     *
     * @param name  the cookie's name
     * @param value its value
     * @return this browser
     */
    public Browser cookie(String name, String value) {
        jar.put(name, value);
        return this;
    }

    /**
     * Drops a cookie from the jar, as if it had expired.
     *
     * @param name the cookie's name
     * @return this browser
     */
    public Browser forget(String name) {
        jar.remove(name);
        return this;
    }

    /**
     * The value the jar holds for a cookie.
     *
     * @param name the cookie's name
     * @return its value, or null when the jar has no such cookie
     */
    public String cookie(String name) {
        return jar.get(name);
    }

    /** @return a copy of the jar: every cookie's name and value */
    public Map<String, String> cookies() {
        return Map.copyOf(jar);
    }

    /**
     * A header sent with every later request (e.g. {@code Origin}).
     *
     * @param name  the header's name
     * @param value its value
     * @return this browser
     */
    public Browser header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /**
     * Sends a {@code GET} with the jar's cookies; a redirect is not followed.
     *
     * @param path a path of the deployment (or an absolute {@code http} URL)
     * @return the reply, its cookies already in the jar
     */
    public Reply get(String path) {
        return send(request(path).GET());
    }

    /**
     * Posts an {@code application/x-www-form-urlencoded} body, as an HTML form does.
     *
     * @param path a path of the deployment
     * @param form the form's fields
     * @return the reply, its cookies already in the jar
     */
    public Reply postForm(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /**
     * Posts a JSON body, accepting JSON, as a page's script does.
     *
     * @param path a path of the deployment
     * @param json the body
     * @return the reply, its cookies already in the jar
     */
    public Reply postJson(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /**
     * Sends a request built from {@link #request(String)}, then keeps the cookies the reply sets
     * and drops those it clears.
     *
     * @param builder the request, with any method, headers and body
     * @return the reply
     */
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

    /**
     * A request to the deployment carrying this browser's headers and cookies, to finish and
     * {@link #send(HttpRequest.Builder)}.
     *
     * @param path a path of the deployment (or an absolute {@code http} URL)
     * @return the request's builder
     */
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
