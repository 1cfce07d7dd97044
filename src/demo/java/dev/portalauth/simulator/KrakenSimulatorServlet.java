package dev.portalauth.simulator;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Serves the Kraken simulator at {@code /kraken/*} of a demo or test WAR. The container keeps one
 * instance per application, so there is one simulator (built in {@link #init()}) per application.
 * Settings come from MicroProfile Config keys {@code simulator.*} (see {@link SimulatorSettings}).
 */
@WebServlet(urlPatterns = "/kraken/*", loadOnStartup = 1)
public class KrakenSimulatorServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Promised in a dropped response's header but never sent, so no client can take the answer as whole. */
    private static final int UNKEPT_CONTENT_LENGTH = 1024;
    private static final byte[] TRUNCATED_BODY = "{\"data\":".getBytes(StandardCharsets.US_ASCII);

    private transient SimulatorEndpoints endpoints;
    /** Present when {@code simulator.front-port} is configured. */
    private transient FaultFront front;
    /** The client-IP headers of the last GraphQL call, so tests can see what the module forwards. */
    private final AtomicReference<String> lastClientIp = new AtomicReference<>("{}");

    @Override
    public void init() {
        Config config = ConfigProvider.getConfig();
        SimulatorSettings d = SimulatorSettings.DEFAULTS;
        SimulatorSettings settings = new SimulatorSettings(
                config.getOptionalValue("simulator.issuer", String.class).orElse(d.issuer()),
                config.getOptionalValue("simulator.account-number-claim", String.class).orElse(d.accountNumberClaim()),
                config.getOptionalValue("simulator.fixtures-location", String.class).orElse(d.fixturesLocation()),
                config.getOptionalValue("simulator.signing-key-location", String.class).orElse(d.signingKeyLocation()));
        endpoints = new SimulatorEndpoints(KrakenSimulator.create(settings, Clock.systemUTC()));
        Optional<Integer> frontPort = config.getOptionalValue("simulator.front-port", Integer.class);
        if (frontPort.isPresent()) {
            int idleCloseMillis = config.getOptionalValue("simulator.front-idle-close-ms", Integer.class).orElse(1000);
            try {
                front = FaultFront.start(frontPort.get(), idleCloseMillis, endpoints);
            } catch (IOException e) {
                throw new UncheckedIOException("simulator.front-port " + frontPort.get() + " cannot be opened", e);
            }
        }
    }

    @Override
    public void destroy() {
        if (front != null) {
            front.close();
        }
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String body = new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String path = request.getPathInfo();
        if (path != null && path.startsWith("/graphql")) {
            lastClientIp.set(clientIpHeaders(request));
        }
        SimulatorResponse answer = "/_control/client-ip".equals(path)
                ? SimulatorResponse.json(200, lastClientIp.get())
                : endpoints.handle(request.getMethod(), path, request.getQueryString(), body,
                        request.getHeader("Authorization"));
        if (answer.closeConnection()) {
            dropConnection(response, answer.drop());
            return;
        }
        response.setStatus(answer.status());
        response.setHeader("Cache-Control", "no-store");
        if (answer.location() != null) {
            response.setHeader("Location", answer.location());
        }
        if (answer.contentType() != null) {
            response.setContentType(answer.contentType() + ";charset=UTF-8");
        }
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        try (OutputStream out = response.getOutputStream()) {
            out.write(bytes);
        }
    }

    private static String clientIpHeaders(HttpServletRequest request) {
        JsonObjectBuilder seen = Json.createObjectBuilder();
        for (String name : new String[] {"x-kraken-client-ip", "x-kraken-client-ip-authorization"}) {
            String value = request.getHeader(name);
            if (value != null) {
                seen.add(name, value);
            }
        }
        // Whether a browser's cookies reached Kraken: the module must never forward them.
        if (request.getHeader("Cookie") != null) {
            seen.add("cookie", true);
        }
        return seen.build().toString();
    }

    /**
     * The Servlet API cannot close a socket without answering, so the simulator breaks the answer
     * instead: status 200 and {@code Connection: close}, a {@code Content-Length} of 1024 but only
     * the 8 bytes {@code {"data":}, then the container closes the connection. Observed on Payara
     * Micro 6: {@code java.net.http.HttpClient} throws {@code IOException: fixed content-length:
     * 1024, bytes received: 8}; curl reports "transfer closed with 1016 bytes remaining" (exit 18);
     * {@code HttpURLConnection} returns 200 and the truncated, unparsable body. Either way, what a
     * connection dropped mid-answer looks like to a client. {@code HEADERS_ONLY} stops after the
     * headers. A connection closed before any answer only the {@link FaultFront} can make: here
     * those faults answer as {@code CLOSE_CONNECTION}.
     */
    private static void dropConnection(HttpServletResponse response, FaultMode how) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setHeader("Connection", "close");
        response.setContentType(SimulatorResponse.JSON);
        response.setContentLength(UNKEPT_CONTENT_LENGTH);
        if (how == FaultMode.HEADERS_ONLY) {
            response.flushBuffer();
            return;
        }
        OutputStream out = response.getOutputStream();
        out.write(TRUNCATED_BODY);
        out.flush();
    }
}
