package dev.portalauth.internal.config;

import java.util.Locale;

/**
 * The canonical form of a request path inside the web application: the one every route decision
 * is made on. A path whose meaning servers disagree on ({@code /dashboard/page;/..;/x},
 * {@code /anon/%2e%2e/dashboard}) has none: it is refused.
 */
public final class RequestPath {

    private RequestPath() {
    }

    /**
     * The canonical path inside the application of a request, from its raw URI and the context
     * path the container mapped it to ({@code getRequestURI()}, {@code getContextPath()}).
     * Servers match (and may decode) the context root before the application runs: a URI such as
     * {@code /%70ortal/dashboard} reaches the application at {@code /portal}, and cutting it by the
     * context path's length would judge {@code al/dashboard}. So the URI must begin with the
     * context path, followed by {@code /} or nothing; anything else is refused.
     *
     * @return the canonical path ({@link #normalize}), or {@code null} when the URI does not begin
     *         with the context path or the rest is malformed: reject the request
     */
    public static String inside(String requestUri, String contextPath) {
        if (!requestUri.startsWith(contextPath)) {
            return null;
        }
        int end = contextPath.length();
        if (end < requestUri.length() && requestUri.charAt(end) != '/') {
            return null;
        }
        return normalize(requestUri.substring(end));
    }

    /**
     * Canonicalises a raw (still percent-encoded) path inside the application, such as
     * {@code getRequestURI()} without the context path, or refuses it when servers may map it
     * otherwise than it reads. Servers differ on path parameters, dot segments and encoded
     * separators (one cuts the URI at its first {@code ;}, another resolves {@code %2e%2e}, a
     * JAX-RS catch-all serves whatever follows), so a path holding one cannot be judged by where
     * it lands; browsers never send one. Refused:
     * <ul>
     * <li>a path parameter ({@code ;…}) in any segment but the last;</li>
     * <li>a {@code .} or {@code ..} segment, percent-encoded or not, with a path parameter or not;</li>
     * <li>{@code %2F} or {@code %5C} in any case, or a raw {@code \};</li>
     * <li>bad percent-encoding, bytes that are not UTF-8 (overlong forms included), {@code %00}
     * and every other control character.</li>
     * </ul>
     * Otherwise the last segment's path parameter ({@code ;jsessionid=…}) is dropped, the path is
     * percent-decoded once as UTF-8, empty segments go and no slash trails (except the root
     * {@code /} itself). An already canonical path is returned as it is, after a single scan and
     * no allocation.
     *
     * @return the canonical path, or {@code null} when the path is refused: answer 400
     */
    public static String normalize(String rawPathInsideApp) {
        int length = rawPathInsideApp.length();
        if (length == 0 || rawPathInsideApp.charAt(0) != '/') {
            return canonicalize(rawPathInsideApp);
        }
        int segmentStart = 1;
        for (int i = 1; i <= length; i++) {
            char c = i < length ? rawPathInsideApp.charAt(i) : '/';
            if (c == '/') {
                if (length > 1 && isEmptyOrDotSegment(rawPathInsideApp, segmentStart, i)) {
                    return canonicalize(rawPathInsideApp);
                }
                segmentStart = i + 1;
            } else if (mayNeedRewriting(c)) {
                return canonicalize(rawPathInsideApp);
            }
        }
        return rawPathInsideApp;
    }

    /**
     * A path the server mapped ({@code getServletPath() + getPathInfo()}, already decoded) in the
     * canonical form: empty segments gone, no slash trailing.
     *
     * @return the path, or {@code null} when it still holds a dot segment, a {@code \} or a control character
     */
    public static String collapse(String decodedPath) {
        if (decodedPath.indexOf('\\') >= 0 || !isWellFormedText(decodedPath)) {
            return null;
        }
        return withoutEmptySegments(decodedPath);
    }

    /**
     * Whether a session id the server read from the URI ({@code ;jsessionid=…}, which servers cut
     * out of {@code getRequestURI()}) stood in the last segment, as a path parameter may. Where it
     * stood in a middle segment, servers serve the path before it (one takes the rest of the path
     * as the id), while a JAX-RS runtime may read the whole URL.
     *
     * @param sessionId  {@code getRequestedSessionId()}
     * @param requestUrl {@code getRequestURL()}, which a server may give with the path parameter
     */
    public static boolean sessionIdInLastSegment(String sessionId, CharSequence requestUrl) {
        if (sessionId != null && (sessionId.indexOf('/') >= 0 || sessionId.indexOf('\\') >= 0)) {
            return false;
        }
        String url = requestUrl.toString();
        int parameter = url.toLowerCase(Locale.ROOT).indexOf(";jsessionid=");
        return parameter < 0 || url.indexOf('/', parameter) < 0 && url.indexOf('\\', parameter) < 0;
    }

    private static boolean mayNeedRewriting(char c) {
        return c == '%' || c == '\\' || c == ';' || c < 0x20 || c >= 0x7f;
    }

    private static boolean isEmptyOrDotSegment(String path, int start, int end) {
        int length = end - start;
        return length == 0 || isDotSegment(path, start, end);
    }

    private static boolean isDotSegment(String path, int start, int end) {
        int length = end - start;
        return length == 1 && path.charAt(start) == '.'
                || length == 2 && path.charAt(start) == '.' && path.charAt(start + 1) == '.';
    }

    private static String canonicalize(String raw) {
        String path = withoutFinalPathParameter(raw);
        if (path == null || path.indexOf('\\') >= 0 || hasEncodedSeparator(path)) {
            return null;
        }
        String decoded = PercentDecoding.strict(path);
        if (decoded == null || !isWellFormedText(decoded)) {
            return null;
        }
        return withoutEmptySegments(decoded);
    }

    /**
     * The path without the last segment's path parameter; {@code null} when another segment has
     * one. Path parameters are a raw-syntax feature: an encoded {@code %3B} is an ordinary character.
     */
    private static String withoutFinalPathParameter(String raw) {
        int semicolon = raw.indexOf(';');
        if (semicolon < 0) {
            return raw;
        }
        return raw.indexOf('/', semicolon) < 0 ? raw.substring(0, semicolon) : null;
    }

    /** {@code %2F} or {@code %5C}, in any case: a separator that a server may or may not decode before mapping. */
    private static boolean hasEncodedSeparator(String raw) {
        for (int i = raw.indexOf('%'); i >= 0 && i + 2 < raw.length(); i = raw.indexOf('%', i + 1)) {
            char high = raw.charAt(i + 1);
            char low = Character.toLowerCase(raw.charAt(i + 2));
            if ((high == '2' && low == 'f') || (high == '5' && low == 'c')) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWellFormedText(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                return false;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** Empty segments dropped; {@code null} when a segment is {@code .} or {@code ..}. */
    private static String withoutEmptySegments(String path) {
        StringBuilder out = new StringBuilder(path.length());
        int start = 0;
        while (start <= path.length()) {
            int end = path.indexOf('/', start);
            if (end < 0) {
                end = path.length();
            }
            if (isDotSegment(path, start, end)) {
                return null;
            }
            if (end > start) {
                out.append('/').append(path, start, end);
            }
            start = end + 1;
        }
        return out.length() == 0 ? "/" : out.toString();
    }
}
