package dev.portalauth.simulator;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The simulator's {@code /kraken/graphql/} on a raw loopback socket of its own
 * ({@code simulator.front-port}), for the connection faults the Servlet API cannot make: a
 * connection closed or reset right after the request was read, before any byte of answer. It
 * speaks HTTP/1.1 with keep-alive (request bodies by {@code Content-Length} or chunked) and closes
 * a connection idle for {@code simulator.front-idle-close-ms}, as servers do, so that a client's
 * pooled connection goes stale. Tests and demo only: it runs on unmanaged daemon threads.
 */
final class FaultFront implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(FaultFront.class.getName());
    private static final String PREFIX = "/kraken";
    private static final int PROMISED_LENGTH = 1024;
    private static final byte[] HALF_BODY = "{\"data\":".getBytes(StandardCharsets.US_ASCII);

    private final ServerSocket server;
    private final SimulatorEndpoints endpoints;
    private final int idleCloseMillis;
    private final ExecutorService connections = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "kraken-simulator-front");
        thread.setDaemon(true);
        return thread;
    });

    private FaultFront(ServerSocket server, SimulatorEndpoints endpoints, int idleCloseMillis) {
        this.server = server;
        this.endpoints = endpoints;
        this.idleCloseMillis = idleCloseMillis;
    }

    static FaultFront start(int port, int idleCloseMillis, SimulatorEndpoints endpoints) throws IOException {
        ServerSocket server = new ServerSocket(port, 200, InetAddress.getLoopbackAddress());
        FaultFront front = new FaultFront(server, endpoints, idleCloseMillis);
        front.connections.submit(front::accept);
        LOG.info(() -> "simulator front listening on loopback port " + port);
        return front;
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                connections.submit(() -> serve(socket));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            socket.setSoTimeout(idleCloseMillis);
            InputStream in = new BufferedInputStream(socket.getInputStream());
            OutputStream out = socket.getOutputStream();
            for (RawHttpRequest request = RawHttpRequest.read(in); request != null; request = RawHttpRequest.read(in)) {
                SimulatorResponse answer = request.path().startsWith(PREFIX)
                        ? endpoints.handle(request.method(), request.path().substring(PREFIX.length()), request.body(),
                                request.header("Authorization"))
                        : SimulatorResponse.json(404, "{\"error\":\"not found\"}");
                if (!answer(socket, out, answer) || request.wantsClose()) {
                    return;
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "simulator front: connection ended", e); // idle timeout or the client left
        }
    }

    /** Writes the answer or breaks the connection as the fault says; false when the connection must end. */
    private static boolean answer(Socket socket, OutputStream out, SimulatorResponse answer) throws IOException {
        switch (answer.drop()) {
            case CLOSE_AFTER_REQUEST:
                return false;
            case RESET_AFTER_REQUEST:
                socket.setSoLinger(true, 0); // close() now sends RST
                return false;
            case HEADERS_ONLY:
                out.write(head(200, SimulatorResponse.JSON, PROMISED_LENGTH));
                out.flush();
                return false;
            case CLOSE_CONNECTION:
                out.write(head(200, SimulatorResponse.JSON, PROMISED_LENGTH));
                out.write(HALF_BODY);
                out.flush();
                return false;
            default:
                byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
                out.write(head(answer.status(), answer.contentType(), body.length));
                out.write(body);
                out.flush();
                return true;
        }
    }

    private static byte[] head(int status, String contentType, int contentLength) {
        String head = "HTTP/1.1 " + status + (status == 200 ? " OK" : " Simulated") + "\r\n"
                + (contentType == null ? "" : "Content-Type: " + contentType + ";charset=UTF-8\r\n")
                + "Content-Length: " + contentLength + "\r\n"
                + "Cache-Control: no-store\r\n\r\n";
        return head.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            // shutting down anyway
        }
        connections.shutdownNow();
    }
}
