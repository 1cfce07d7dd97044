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
    /** No complete HTTP answer: the connection is dropped (see {@code KrakenSimulatorServlet}). */
    CLOSE_CONNECTION
}
