package dev.portalauth.internal.web;

import java.util.Collection;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * The response the application writes to, keeping the module's {@code Cache-Control: no-store}:
 * once a cookie has been set or cleared on the response and marked {@code no-store}, a later
 * {@code setHeader}, {@code addHeader} (or their date and int forms, or a {@code null} value) on
 * {@code Cache-Control} is ignored, so that no cache keeps a response that carries credentials.
 * Until then every header passes unchanged. One small object per request; the check runs only
 * when the application touches {@code Cache-Control}.
 */
final class NoStoreKeeper extends HttpServletResponseWrapper {

    private static final String CACHE_CONTROL = "Cache-Control";
    private static final String NO_STORE = "no-store";

    private NoStoreKeeper(HttpServletResponse response) {
        super(response);
    }

    /** {@code response} wrapped, unless it already is. */
    static HttpServletResponse around(HttpServletResponse response) {
        return response instanceof NoStoreKeeper ? response : new NoStoreKeeper(response);
    }

    @Override
    public void setHeader(String name, String value) {
        if (!kept(name)) {
            super.setHeader(name, value);
        }
    }

    @Override
    public void addHeader(String name, String value) {
        if (!kept(name)) {
            super.addHeader(name, value);
        }
    }

    @Override
    public void setDateHeader(String name, long date) {
        if (!kept(name)) {
            super.setDateHeader(name, date);
        }
    }

    @Override
    public void addDateHeader(String name, long date) {
        if (!kept(name)) {
            super.addDateHeader(name, date);
        }
    }

    @Override
    public void setIntHeader(String name, int value) {
        if (!kept(name)) {
            super.setIntHeader(name, value);
        }
    }

    @Override
    public void addIntHeader(String name, int value) {
        if (!kept(name)) {
            super.addIntHeader(name, value);
        }
    }

    /** True when {@code name} is Cache-Control and the module's no-store beside its cookies must stay. */
    private boolean kept(String name) {
        if (!CACHE_CONTROL.equalsIgnoreCase(name)) { // no lower-cased copy of every header name the page sets
            return false;
        }
        HttpServletResponse response = (HttpServletResponse) getResponse();
        Collection<String> cookies = response.getHeaders("Set-Cookie");
        return NO_STORE.equals(response.getHeader(CACHE_CONTROL)) && cookies != null && !cookies.isEmpty();
    }
}
