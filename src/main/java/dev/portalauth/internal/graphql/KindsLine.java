package dev.portalauth.internal.graphql;

import java.util.EnumSet;
import java.util.Set;

import dev.portalauth.AuthMethod;

/**
 * A document's optional first line {@code # kinds: scoped, access-token}: the session kinds (their
 * JSON names) that may run it. Without it, every kind of session may.
 */
final class KindsLine {

    private static final String PREFIX = "# kinds:";

    private KindsLine() {
    }

    /** The kinds the first line admits; every session kind when there is no such line. */
    static Set<AuthMethod> of(String document) {
        String text = document.startsWith("\uFEFF") ? document.substring(1) : document;
        int end = text.indexOf('\n');
        String first = (end < 0 ? text : text.substring(0, end)).strip();
        if (!first.startsWith(PREFIX)) {
            return allSessionKinds();
        }
        Set<AuthMethod> kinds = EnumSet.noneOf(AuthMethod.class);
        for (String name : first.substring(PREFIX.length()).split(",")) {
            kinds.add(kind(name.strip()));
        }
        return kinds;
    }

    private static AuthMethod kind(String name) {
        for (AuthMethod method : AuthMethod.values()) {
            if (method != AuthMethod.NONE && method.jsonName().equals(name)) {
                return method;
            }
        }
        throw new GraphqlSyntaxException("'# kinds:' names \"" + name + "\", not one of masquerade, mobile-web-view,"
                + " access-token, scoped");
    }

    private static Set<AuthMethod> allSessionKinds() {
        return EnumSet.complementOf(EnumSet.of(AuthMethod.NONE));
    }
}
