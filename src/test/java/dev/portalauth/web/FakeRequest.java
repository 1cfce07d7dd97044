package dev.portalauth.web;

import java.io.BufferedReader;
import java.io.StringReader;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.TreeMap;

import jakarta.servlet.http.HttpServletRequest;

/**
 * An {@link HttpServletRequest} answering only what a unit spec gives it. Any other call fails
 * the test: {@code getParameter} above all, which would read the query string.
 */
final class FakeRequest {

    private String method = "POST";
    private String scheme = "http";
    private String contentType;
    private String queryString;
    private String body = "";
    private String remoteAddr = "203.0.113.7";
    private final Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    static FakeRequest post() {
        return new FakeRequest();
    }

    FakeRequest scheme(String value) {
        scheme = value;
        return this;
    }

    FakeRequest header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** The peer's address (default {@code 203.0.113.7}). */
    FakeRequest from(String peer) {
        remoteAddr = peer;
        return this;
    }

    FakeRequest contentType(String value) {
        contentType = value;
        return this;
    }

    FakeRequest query(String value) {
        queryString = value;
        return this;
    }

    FakeRequest body(String value) {
        body = value;
        return this;
    }

    HttpServletRequest build() {
        return (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, m, args) -> switch (m.getName()) {
                    case "getMethod" -> method;
                    case "getScheme" -> scheme;
                    case "getRemoteAddr" -> remoteAddr;
                    case "getHeader" -> headers.get((String) args[0]);
                    case "getContentType" -> contentType;
                    case "getQueryString" -> queryString;
                    case "getReader" -> new BufferedReader(new StringReader(body));
                    case "toString" -> "FakeRequest";
                    default -> throw new AssertionError("unexpected call: " + m.getName());
                });
    }
}
