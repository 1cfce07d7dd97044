package dev.portalauth.internal.proxy;

import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The value a trusted proxy itself added to a list header such as {@code X-Forwarded-Host}: the
 * right-most entry of the last header line. Anything left of it, on that line or on earlier lines,
 * came with the client's request and may say anything.
 */
public final class ForwardedValues {

    private ForwardedValues() {
    }

    /** The right-most entry of {@code header} over all its lines; empty when absent or blank. */
    public static Optional<String> rightMost(HttpServletRequest request, String header) {
        Enumeration<String> values = request.getHeaders(header);
        List<String> lines = values == null ? List.of() : Collections.list(values);
        return rightMost(lines);
    }

    static Optional<String> rightMost(List<String> lines) {
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        List<String> hops = XForwardedFor.hops(List.of(lines.get(lines.size() - 1)));
        String last = hops.get(hops.size() - 1);
        return last.isEmpty() ? Optional.empty() : Optional.of(last);
    }
}
