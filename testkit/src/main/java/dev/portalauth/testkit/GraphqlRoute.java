package dev.portalauth.testkit;

import java.util.Map;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * Calls the module's GraphQL route ({@code POST /api/graphql}) as the session a {@link Browser}
 * holds (see {@link Sessions}), as the portal's browser code would: one JSON object naming an
 * allowed operation by its id (SHA-256 hex of the normalised document) or by its text.
 */
public final class GraphqlRoute {

    /** The route's default path ({@code kraken.auth.graphql-proxy.path}). */
    public static final String PATH = "/api/graphql";

    private GraphqlRoute() {
    }

    /**
     * Runs the allowed operation with this id as the session {@code browser} holds.
     *
     * @param browser   the visitor
     * @param id        the operation's id (SHA-256 of its normalised text)
     * @param variables become a JSON object (strings, numbers, booleans)
     * @return the route's answer
     */
    public static Reply byId(Browser browser, String id, Map<String, ?> variables) {
        return post(browser, jakarta.json.Json.createObjectBuilder().add("id", id), variables);
    }

    /**
     * Runs the allowed operation with the same tokens as {@code query}, as the session
     * {@code browser} holds.
     *
     * @param browser   the visitor
     * @param query     a GraphQL document, written in any layout
     * @param variables become a JSON object (strings, numbers, booleans)
     * @return the route's answer
     */
    public static Reply byQuery(Browser browser, String query, Map<String, ?> variables) {
        return post(browser, jakarta.json.Json.createObjectBuilder().add("query", query), variables);
    }

    /**
     * @param reply an answer of the route
     * @return its body: Kraken's answer passed through ({@code {"data":…,"errors":[…]}}), or the
     *         module's {@code {"error":…}}
     */
    public static JsonObject json(Reply reply) {
        return Json.object(reply.body());
    }

    private static Reply post(Browser browser, JsonObjectBuilder request, Map<String, ?> variables) {
        JsonObject vars = jakarta.json.Json.createObjectBuilder(Map.copyOf(variables)).build();
        return browser.postJson(PATH, request.add("variables", vars).build().toString());
    }
}
