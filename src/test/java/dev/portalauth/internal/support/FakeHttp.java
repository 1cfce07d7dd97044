package dev.portalauth.internal.support;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A request and its response without a server, for unit specs: the request answers only what a
 * spec gives it (any other call fails the test — {@code getParameter} above all, which would read
 * the query string); the response records status and headers.
 */
public final class FakeHttp {

    public final List<Cookie> cookies = new ArrayList<>();
    public final List<String> setCookies = new ArrayList<>();
    public final Map<String, String> responseHeaders = new LinkedHashMap<>();
    private final Map<String, String> requestHeaders = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final Map<String, List<String>> requestHeaderLines = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final Map<String, Object> attributes = new HashMap<>();
    private String method = "GET";
    private String scheme = "http";
    private String contextPath = "";
    private String requestUri = "/";
    private String queryString;
    private String contentType;
    private String body = "";
    private String remoteAddr = "203.0.113.7";
    private int status = 200;
    private boolean committed;
    /** What the response's body received. */
    public final ByteArrayOutputStream responseBody = new ByteArrayOutputStream();

    /** A {@code POST} to {@code /}. */
    public static FakeHttp post() {
        FakeHttp http = new FakeHttp();
        http.method = "POST";
        return http;
    }

    /** The response counts as committed from now on (its headers sent). */
    public FakeHttp commit() {
        committed = true;
        return this;
    }

    /** {@code uri} with its query, if any. */
    public FakeHttp path(String uri) {
        int query = uri.indexOf('?');
        requestUri = query < 0 ? uri : uri.substring(0, query);
        queryString = query < 0 ? null : uri.substring(query + 1);
        return this;
    }

    /** The context path the application is mapped at ({@code /portal}); {@code ""} by default. */
    public FakeHttp context(String value) {
        contextPath = value;
        return this;
    }

    public FakeHttp query(String value) {
        queryString = value;
        return this;
    }

    public FakeHttp scheme(String value) {
        scheme = value;
        return this;
    }

    public FakeHttp header(String name, String value) {
        return headerLines(name, value);
    }

    /** A header sent on several lines: {@code getHeader} answers the first, as servers do. */
    public FakeHttp headerLines(String name, String... lines) {
        requestHeaders.put(name, lines[0]);
        requestHeaderLines.put(name, List.of(lines));
        return this;
    }

    public FakeHttp contentType(String value) {
        contentType = value;
        return this;
    }

    public FakeHttp body(String value) {
        body = value;
        return this;
    }

    /** The peer's address (default {@code 203.0.113.7}). */
    public FakeHttp from(String peer) {
        remoteAddr = peer;
        return this;
    }

    public String remoteAddr() {
        return remoteAddr;
    }

    public FakeHttp cookie(String name, String value) {
        cookies.add(new Cookie(name, value));
        return this;
    }

    /** The path of the request inside the application (no query). */
    public String path() {
        return requestUri;
    }

    public int status() {
        return status;
    }

    public HttpServletRequest request() {
        return (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, m, args) -> switch (m.getName()) {
                    case "getCookies" -> cookies.isEmpty() ? null : cookies.toArray(new Cookie[0]);
                    case "getRequestURI" -> contextPath + requestUri;
                    case "getContextPath" -> contextPath;
                    case "getMethod" -> method;
                    case "getScheme" -> scheme;
                    case "getRemoteAddr" -> remoteAddr;
                    case "getHeader" -> requestHeaders.get((String) args[0]);
                    case "getHeaders" -> Collections.enumeration(
                            requestHeaderLines.getOrDefault((String) args[0], List.of()));
                    case "getQueryString" -> queryString;
                    case "getContentType" -> contentType;
                    case "getReader" -> new BufferedReader(new StringReader(body));
                    case "getAttribute" -> attributes.get((String) args[0]);
                    case "setAttribute" -> attributes.put((String) args[0], args[1]);
                    case "removeAttribute" -> attributes.remove((String) args[0]);
                    case "toString" -> "FakeRequest[" + requestUri + "]";
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new AssertionError("unexpected call on the request: " + m.getName());
                });
    }

    public HttpServletResponse response() {
        return (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, m, args) -> switch (m.getName()) {
                    case "addHeader" -> {
                        if ("Set-Cookie".equals(args[0])) {
                            setCookies.add((String) args[1]);
                        } else {
                            responseHeaders.put((String) args[0], (String) args[1]);
                        }
                        yield null;
                    }
                    case "setHeader" -> responseHeaders.put((String) args[0], (String) args[1]);
                    case "getHeader" -> responseHeaders.get((String) args[0]);
                    case "getHeaders" -> "Set-Cookie".equals(args[0]) ? List.copyOf(setCookies)
                            : responseHeaders.get((String) args[0]) == null ? List.of()
                            : List.of(responseHeaders.get((String) args[0]));
                    case "setStatus" -> {
                        status = (Integer) args[0];
                        yield null;
                    }
                    case "getStatus" -> status;
                    case "setContentType" -> responseHeaders.put("Content-Type", (String) args[0]);
                    case "setContentLength" -> null;
                    case "getOutputStream" -> new ServletOutputStream() {
                        @Override
                        public void write(int b) {
                            responseBody.write(b);
                        }

                        @Override
                        public boolean isReady() {
                            return true;
                        }

                        @Override
                        public void setWriteListener(WriteListener listener) {
                            throw new UnsupportedOperationException();
                        }
                    };
                    case "isCommitted" -> committed;
                    case "toString" -> "FakeResponse";
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new AssertionError("unexpected call on the response: " + m.getName());
                });
    }

    /** The last {@code Set-Cookie} of {@code name} on the response, or {@code null}. */
    public String setCookie(String name) {
        String found = null;
        for (String header : setCookies) {
            if (header.startsWith(name + "=")) {
                found = header;
            }
        }
        return found;
    }

    /** The value the response sets for {@code name}, or {@code null}. */
    public String setCookieValue(String name) {
        String header = setCookie(name);
        return header == null ? null : header.substring(name.length() + 1, header.indexOf(';'));
    }

    public boolean cleared(String name) {
        String header = setCookie(name);
        return header != null && header.startsWith(name + "=;") && header.contains("Max-Age=0");
    }
}
