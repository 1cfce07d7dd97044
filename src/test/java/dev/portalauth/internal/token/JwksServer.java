package dev.portalauth.internal.token;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/** Kraken's JWKS on a loopback port, for verifier tests: answers with a status a test sets, and counts fetches. */
final class JwksServer implements AutoCloseable {

    final AtomicInteger status = new AtomicInteger(200);
    final AtomicInteger fetches = new AtomicInteger();
    private final HttpServer server;

    JwksServer() {
        // Built before serving: the issuer's keys take longer to generate than a 1 s read timeout.
        byte[] body = KrakenIssuer.publicJwks().toString().getBytes(StandardCharsets.UTF_8);
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/jwks.json", exchange -> {
            fetches.incrementAndGet();
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status.get(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/jwks.json");
    }

    /** The signature verdict of the token in {@code raw}, which must decode. */
    static Verdict signature(KrakenTokenVerifier verifier, String raw) {
        return verifier.signature(verifier.decode(raw).orElseThrow());
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
