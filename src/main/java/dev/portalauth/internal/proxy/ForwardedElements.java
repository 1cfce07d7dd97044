package dev.portalauth.internal.proxy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * RFC 7239 {@code Forwarded: for=192.0.2.60;proto=http, for="[2001:db8:cafe::17]:4711"}: the
 * {@code for} value of each element, oldest first, over every header line. Values are tokens or
 * quoted strings (which may hold {@code ,} {@code ;} and backslash escapes). An element without a
 * {@code for}, or one the grammar cannot read, is a hop of unknown address ({@code ""}): nothing
 * to its left can be believed, so the reading of the header stops being useful there, which is
 * what callers want.
 */
final class ForwardedElements {

    private ForwardedElements() {
    }

    static List<String> forValues(List<String> headerValues) {
        List<String> hops = new ArrayList<>();
        for (String line : headerValues) {
            readLine(line, hops);
        }
        return hops;
    }

    private static void readLine(String line, List<String> hops) {
        int i = 0;
        int n = line.length();
        String forValue = "";
        boolean broken = false;
        while (i <= n) {
            // one pair: name=value, then ';' (next pair), ',' (next element) or the end
            int start = i;
            while (i < n && line.charAt(i) != '=' && line.charAt(i) != ';' && line.charAt(i) != ',') {
                i++;
            }
            String name = line.substring(start, i).strip().toLowerCase(Locale.ROOT);
            String value = null;
            if (i < n && line.charAt(i) == '=') {
                i++;
                while (i < n && line.charAt(i) == ' ') {
                    i++;
                }
                StringBuilder v = new StringBuilder();
                if (i < n && line.charAt(i) == '"') {
                    i++;
                    boolean closed = false;
                    while (i < n) {
                        char c = line.charAt(i++);
                        if (c == '\\' && i < n) {
                            v.append(line.charAt(i++));
                        } else if (c == '"') {
                            closed = true;
                            break;
                        } else {
                            v.append(c);
                        }
                    }
                    broken |= !closed;
                    while (i < n && line.charAt(i) == ' ') {
                        i++;
                    }
                    broken |= i < n && line.charAt(i) != ';' && line.charAt(i) != ',';
                    while (i < n && line.charAt(i) != ';' && line.charAt(i) != ',') {
                        i++;
                    }
                } else {
                    while (i < n && line.charAt(i) != ';' && line.charAt(i) != ',') {
                        v.append(line.charAt(i++));
                    }
                }
                value = v.toString().strip();
            } else if (!name.isEmpty()) {
                broken = true; // a pair without '='
            }
            if ("for".equals(name) && value != null) {
                broken |= !forValue.isEmpty(); // "for" twice in one element: which one?
                forValue = value;
            }
            if (i >= n || line.charAt(i) == ',') {
                hops.add(broken ? "" : forValue);
                forValue = "";
                broken = false;
            }
            i++;
        }
    }
}
