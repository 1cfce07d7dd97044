package dev.portalauth.internal.config;

/**
 * The canonical form of a request path inside the web application: the one every route decision
 * is made on, so that a path is judged by where it lands ({@code /anon/../dashboard} is
 * {@code /dashboard}).
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
     * {@code getRequestURI()} without the context path:
     * <ol>
     * <li>servlet path parameters ({@code ;jsessionid=…}) are dropped up to the next separator;</li>
     * <li>the path is percent-decoded once, as UTF-8; {@code %2F}, {@code %5C} and {@code \} then
     * count as {@code /};</li>
     * <li>empty and {@code .} segments go, {@code ..} removes the segment before it (never above
     * the root), and no slash trails (except the root {@code /} itself).</li>
     * </ol>
     * An already canonical path is returned as it is, after a single scan and no allocation.
     *
     * @return the canonical path, or {@code null} when the path is malformed (bad
     *         percent-encoding, bytes that are not UTF-8, control characters): reject the request
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

    private static boolean mayNeedRewriting(char c) {
        return c == '%' || c == '\\' || c == ';' || c < 0x20 || c >= 0x7f;
    }

    private static boolean isEmptyOrDotSegment(String path, int start, int end) {
        int length = end - start;
        return length == 0
                || length == 1 && path.charAt(start) == '.'
                || length == 2 && path.charAt(start) == '.' && path.charAt(start + 1) == '.';
    }

    private static String canonicalize(String raw) {
        String decoded = PercentDecoding.strict(withoutPathParameters(raw));
        if (decoded == null || !isWellFormedText(decoded)) {
            return null;
        }
        return resolveSegments(decoded.replace('\\', '/'));
    }

    /** Path parameters are a raw-syntax feature: an encoded {@code %3B} is an ordinary character. */
    private static String withoutPathParameters(String raw) {
        int semicolon = raw.indexOf(';');
        if (semicolon < 0) {
            return raw;
        }
        StringBuilder out = new StringBuilder(raw.length()).append(raw, 0, semicolon);
        int i = semicolon;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            if (c == ';') {
                while (i < raw.length() && raw.charAt(i) != '/' && raw.charAt(i) != '\\') {
                    i++;
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
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

    private static String resolveSegments(String path) {
        StringBuilder out = new StringBuilder(path.length());
        int start = 0;
        while (start < path.length()) {
            int end = path.indexOf('/', start);
            if (end < 0) {
                end = path.length();
            }
            if (end - start == 2 && path.charAt(start) == '.' && path.charAt(start + 1) == '.') {
                out.setLength(Math.max(out.lastIndexOf("/"), 0));
            } else if (!isEmptyOrDotSegment(path, start, end)) {
                out.append('/').append(path, start, end);
            }
            start = end + 1;
        }
        return out.length() == 0 ? "/" : out.toString();
    }
}
