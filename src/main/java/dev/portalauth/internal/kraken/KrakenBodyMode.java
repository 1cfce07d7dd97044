package dev.portalauth.internal.kraken;

import java.util.List;

/**
 * How a Kraken call's body goes out when Jersey (Payara) is the Rest Client: Jersey leaves it to the
 * JDK's {@code HttpURLConnection}, which on its own re-sends a POST once when a connection closes
 * before any answer ({@code sun.net.http.retryPost}), so an {@code obtainKrakenToken} Kraken already
 * read could reach it twice. Either mode sends a call Kraken may have read once only:
 * <ul>
 * <li>{@link #CHUNKED}, the default: the JDK never re-sends a streamed body. Before streaming on a
 * pooled connection it checks the connection is still open, by a read that waits up to 1 ms, so a
 * connection Kraken closed while idle is not taken for Kraken being down; a call on a reused
 * connection costs that millisecond.</li>
 * <li>{@link #WHOLE}, when the JVM was started with {@code -Dsun.net.http.retryPost=false}: the JDK
 * then re-sends no POST at all and makes no check. A connection the server closed while idle, within
 * the JDK's keep-alive time (5 s, or what the server's {@code Keep-Alive} header says), fails that
 * one call as unavailable; Kraken's fronts keep idle connections for a minute.</li>
 * </ul>
 * Only the JVM's command line counts: the JDK reads the property once, when its HTTP client is first
 * used, so a value set later need not be the one in force. RESTEasy (OpenLiberty) ignores the
 * property; its Apache client re-sends only a request that was never sent.
 */
enum KrakenBodyMode {

    CHUNKED, WHOLE;

    /** The Jersey client property that takes the mode ({@code ClientProperties.REQUEST_ENTITY_PROCESSING}). */
    static final String PROPERTY = "jersey.config.client.request.entity.processing";

    private static final String RETRY_POST = "-Dsun.net.http.retryPost";

    /**
     * {@link #WHOLE} when the last {@code -Dsun.net.http.retryPost} among the JVM's arguments turns
     * the JDK's POST retry off (any value but {@code true}, as the JDK reads it), else {@link #CHUNKED}.
     */
    static KrakenBodyMode of(List<String> jvmArguments) {
        KrakenBodyMode mode = CHUNKED;
        for (String argument : jvmArguments) {
            if (argument.equals(RETRY_POST)) {
                mode = WHOLE;
            } else if (argument.startsWith(RETRY_POST + "=")) {
                mode = Boolean.parseBoolean(argument.substring(RETRY_POST.length() + 1)) ? CHUNKED : WHOLE;
            }
        }
        return mode;
    }

    /** Jersey's name for this mode. */
    String jerseyName() {
        return this == CHUNKED ? "CHUNKED" : "BUFFERED";
    }

    /**
     * This mode in Jersey's own enum when the builder's implementation sees it: given as a string,
     * Jersey converts it again on every call, by reflection that fails first (a constructor it looks
     * for and builds an exception about). Any other implementation gets the string, which it ignores.
     */
    Object propertyValue(ClassLoader implementation) {
        try {
            Class<?> type = Class.forName("org.glassfish.jersey.client.RequestEntityProcessing", false, implementation);
            for (Object constant : type.getEnumConstants()) {
                if (((Enum<?>) constant).name().equals(jerseyName())) {
                    return constant;
                }
            }
        } catch (ClassNotFoundException | LinkageError | RuntimeException e) {
            // not Jersey (or not visible): the string
        }
        return jerseyName();
    }
}
