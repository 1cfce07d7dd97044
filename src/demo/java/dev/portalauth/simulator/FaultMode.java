package dev.portalauth.simulator;

/** How the simulator misbehaves on a GraphQL call a fault applies to. */
enum FaultMode {
    /** Answer normally (after the fault's latency, if any). */
    NONE,
    /** HTTP 200, the faulted fields null and one {@code errors[]} entry each with the fault's code. */
    GRAPHQL_ERROR,
    /** HTTP 200, {@code application/json}, body {@code {not json}}. */
    MALFORMED_BODY,
    /** HTTP 200, {@code application/json}, empty body. */
    EMPTY_BODY,
    /** HTTP 500 with an HTML error page. */
    HTTP_500,
    /** HTTP 429, as Kraken's edge answers a client that sends too much. */
    HTTP_429,
    /**
     * Half a body: status 200, a {@code Content-Length} of 1024 and the first 8 bytes, then the
     * connection is closed (see {@code KrakenSimulatorServlet}).
     */
    CLOSE_CONNECTION,
    /** Headers promising a body, then the connection is closed: no byte of body. */
    HEADERS_ONLY,
    /**
     * The request is read (and counted), then the connection is closed without a byte of answer:
     * what a client sees when Kraken or a proxy dies mid-call. Only the {@link FaultFront} can;
     * the servlet answers as {@link #CLOSE_CONNECTION}.
     */
    CLOSE_AFTER_REQUEST,
    /** As {@link #CLOSE_AFTER_REQUEST}, but the connection is reset (TCP RST) instead of closed. */
    RESET_AFTER_REQUEST;

    /** Whether the answer is a broken connection rather than an HTTP response. */
    boolean dropsTheConnection() {
        return this == CLOSE_CONNECTION || this == HEADERS_ONLY || this == CLOSE_AFTER_REQUEST
                || this == RESET_AFTER_REQUEST;
    }
}
