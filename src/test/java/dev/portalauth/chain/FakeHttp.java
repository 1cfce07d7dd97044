package dev.portalauth.chain;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A request and its response without a server, for the chain's unit specs: the request answers
 * what the chain reads (path, cookies, headers, attributes, peer); the response records headers.
 */
final class FakeHttp {

    final List<Cookie> cookies = new ArrayList<>();
    final Map<String, String> requestHeaders = new HashMap<>();
    final Map<String, Object> attributes = new HashMap<>();
    final List<String> setCookies = new ArrayList<>();
    final Map<String, String> responseHeaders = new LinkedHashMap<>();
    String method = "GET";
    String contextPath = "";
    String requestUri = "/";
    String remoteAddr = "203.0.113.7";

    FakeHttp path(String uri) {
        this.requestUri = uri;
        return this;
    }

    FakeHttp cookie(String name, String value) {
        cookies.add(new Cookie(name, value));
        return this;
    }

    HttpServletRequest request() {
        return (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, m, args) -> switch (m.getName()) {
                    case "getCookies" -> cookies.isEmpty() ? null : cookies.toArray(new Cookie[0]);
                    case "getRequestURI" -> requestUri;
                    case "getContextPath" -> contextPath;
                    case "getMethod" -> method;
                    case "getRemoteAddr" -> remoteAddr;
                    case "getHeader" -> requestHeaders.get((String) args[0]);
                    case "getQueryString" -> requestUri.contains("?") ? requestUri.substring(requestUri.indexOf('?') + 1) : null;
                    case "getAttribute" -> attributes.get((String) args[0]);
                    case "setAttribute" -> attributes.put((String) args[0], args[1]);
                    case "removeAttribute" -> attributes.remove((String) args[0]);
                    case "toString" -> "FakeRequest[" + requestUri + "]";
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException("FakeHttp request: " + m.getName());
                });
    }

    HttpServletResponse response() {
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
                    case "toString" -> "FakeResponse";
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException("FakeHttp response: " + m.getName());
                });
    }

    /** A {@link RequestAuth} for this request, as the chain makes it. */
    RequestAuth auth() {
        RequestAuth auth = new RequestAuth(request(), response(), requestUri.split("\\?")[0], remoteAddr);
        auth.attach();
        return auth;
    }

    /** The {@code Set-Cookie} of {@code name} on the response, or {@code null}. */
    String setCookie(String name) {
        String found = null;
        for (String header : setCookies) {
            if (header.startsWith(name + "=")) {
                found = header;
            }
        }
        return found;
    }

    boolean cleared(String name) {
        String header = setCookie(name);
        return header != null && header.startsWith(name + "=;") && header.contains("Max-Age=0");
    }
}
