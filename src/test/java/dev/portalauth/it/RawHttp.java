package dev.portalauth.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * One HTTP/1.1 request written byte for byte, for what {@link Browser} cannot send (control
 * characters, malformed targets, {@code OPTIONS *}): the request line is sent as given, with
 * {@code Host} and {@code Connection: close}, and the whole answer is read.
 */
public final class RawHttp {

    private RawHttp() {
    }

    /** What came back: the status, and the whole text (status line, headers, body) as Latin-1. */
    public record Answer(int status, String text) {
    }

    public static Answer send(String method, String target) {
        String request = method + " " + target + " HTTP/1.1\r\nHost: localhost:" + PortalDeployment.PORT
                + "\r\nConnection: close\r\n\r\n";
        try (Socket socket = new Socket("localhost", PortalDeployment.PORT)) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            String text = readAll(socket.getInputStream());
            return new Answer(status(text), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                all.write(buffer, 0, n);
            }
        } catch (SocketTimeoutException | SocketException e) {
            // A server that keeps the connection or resets it after answering: what came is the answer.
        }
        return all.toString(StandardCharsets.ISO_8859_1);
    }

    /** The status code of the status line, or 0 when the server closed without one. */
    private static int status(String text) {
        if (!text.startsWith("HTTP/") || text.length() < 12) {
            return 0;
        }
        try {
            return Integer.parseInt(text.substring(9, 12));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
