package dev.portalauth.internal.proxy;

import java.util.ArrayList;
import java.util.List;

/** {@code X-Forwarded-For: client, proxy1, proxy2}: the hops, oldest first, over every header line. */
final class XForwardedFor {

    private XForwardedFor() {
    }

    static List<String> hops(List<String> headerValues) {
        List<String> hops = new ArrayList<>();
        for (String line : headerValues) {
            for (String hop : line.split(",", -1)) {
                hops.add(hop.strip());
            }
        }
        return hops;
    }
}
