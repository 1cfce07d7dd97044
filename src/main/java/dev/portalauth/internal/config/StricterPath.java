package dev.portalauth.internal.config;

/**
 * Which path a request is judged by: the path the module decoded from the URI
 * ({@link RequestPath#inside}) or the path the server mapped it to ({@code getServletPath()} +
 * {@code getPathInfo()}). They agree on every path the module does not refuse, as far as the module
 * knows servers; where a server still reads one otherwise, the path under the stricter rule wins
 * (a dashboard pathname, then an anon pathname, then an allow-listed anon path, then the rest), so
 * that no server's own reading of a URI lifts a guard.
 */
public final class StricterPath {

    private static final int DASHBOARD = 3;
    private static final int ANON = 2;
    private static final int ALLOW_LISTED_ANON = 1;
    private static final int PUBLIC = 0;

    private final Pathnames dashboard;
    private final Pathnames anon;
    private final Globs anonAllowList;

    public StricterPath(Pathnames dashboard, Pathnames anon, Globs anonAllowList) {
        this.dashboard = dashboard;
        this.anon = anon;
        this.anonAllowList = anonAllowList;
    }

    public static StricterPath of(RouteSettings settings) {
        return new StricterPath(settings.dashboardPathnames(), settings.anonPathnames(), settings.anonAllowList());
    }

    /**
     * @param decoded     the canonical path the module read from the URI
     * @param servletPath {@code getServletPath()}, as the server gives it (decoded, empty segments and all)
     * @param pathInfo    {@code getPathInfo()}, or {@code null}; the mapped path is the two together
     * @return the path to judge, canonical; {@code null} when the mapped path cannot be judged
     *         (a dot segment or a control character survived the server): refuse the request
     */
    public String judge(String decoded, String servletPath, String pathInfo) {
        if (spells(decoded, servletPath, pathInfo)) {
            return decoded; // every request the module does not refuse, on the servers it knows: no copy made
        }
        String collapsed = RequestPath.collapse(pathInfo == null ? servletPath : servletPath + pathInfo);
        if (collapsed == null) {
            return null;
        }
        return strictness(collapsed) > strictness(decoded) ? collapsed : decoded;
    }

    /** Whether {@code servletPath} followed by {@code pathInfo} is exactly {@code path}. */
    private static boolean spells(String path, String servletPath, String pathInfo) {
        int split = servletPath.length();
        return path.length() == split + (pathInfo == null ? 0 : pathInfo.length()) && path.startsWith(servletPath)
                && (pathInfo == null || path.startsWith(pathInfo, split));
    }

    private int strictness(String path) {
        if (dashboard.match(path) != null) {
            return DASHBOARD;
        }
        if (anon.match(path) != null) {
            return anonAllowList.matches(path) ? ALLOW_LISTED_ANON : ANON;
        }
        return PUBLIC;
    }
}
