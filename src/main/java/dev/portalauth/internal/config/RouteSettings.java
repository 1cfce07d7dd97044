package dev.portalauth.internal.config;

/**
 * Where the module acts and which of its paths are anon, dashboard, login and masquerade pages.
 *
 * @param paths {@code kraken.auth.paths} (default {@code /**}): where the module acts (its chain,
 *        guest cookie, cross-site refusal, {@code no-store}); elsewhere it only refuses confusing paths
 * @param mechanismEnabled {@code kraken.auth.mechanism.enabled} (default {@code true}): whether the
 *        module's authentication mechanism exists
 * @param anonPathnames {@code kraken.auth.routes.anon.pathname} (default {@code /anon})
 * @param anonAllowList {@code kraken.auth.routes.anon.allow-list} (default: none): paths under anon
 *        pathnames that need no key
 * @param dashboardPathnames {@code kraken.auth.routes.dashboard.pathname} (default {@code /dashboard}):
 *        need a full session
 * @param loginPathname {@code kraken.auth.routes.login.pathname} (default {@code /login}): one pathname
 * @param masqueradePathname {@code kraken.auth.routes.masquerade.pathname} (default {@code /masquerade}):
 *        one pathname
 */
public record RouteSettings(Globs paths, boolean mechanismEnabled, Pathnames anonPathnames, Globs anonAllowList,
        Pathnames dashboardPathnames, String loginPathname, String masqueradePathname) {

    static final String PATHS = "kraken.auth.paths";
    static final String ANON_PATHNAME = "kraken.auth.routes.anon.pathname";
    static final String DASHBOARD_PATHNAME = "kraken.auth.routes.dashboard.pathname";
    static final String LOGIN_PATHNAME = "kraken.auth.routes.login.pathname";
    static final String MASQUERADE_PATHNAME = "kraken.auth.routes.masquerade.pathname";

    static RouteSettings read(SettingsReader read) {
        RouteSettings routes = new RouteSettings(
                read.globs(PATHS, "/**"),
                read.bool("kraken.auth.mechanism.enabled", true),
                read.pathnames(ANON_PATHNAME, "/anon"),
                read.globs("kraken.auth.routes.anon.allow-list", ""),
                read.pathnames(DASHBOARD_PATHNAME, "/dashboard"),
                read.pathname(LOGIN_PATHNAME, "/login"),
                read.pathname(MASQUERADE_PATHNAME, "/masquerade"));
        routes.checkDoNotOverlap(read);
        return routes;
    }

    /**
     * A path both anon and dashboard would be served by whichever rule happens to run first: a
     * pre-signed link could open a dashboard, or a dashboard demand a login for a link.
     */
    private void checkDoNotOverlap(SettingsReader read) {
        for (int i = 0; i < dashboardPathnames.all().size(); i++) {
            String dashboard = dashboardPathnames.all().get(i);
            for (int j = 0; j < anonPathnames.all().size(); j++) {
                String anon = anonPathnames.all().get(j);
                if (Pathnames.covers(anon, dashboard) || Pathnames.covers(dashboard, anon)) {
                    read.problem(DASHBOARD_PATHNAME, "entry " + (i + 1) + " overlaps entry " + (j + 1) + " of "
                            + ANON_PATHNAME + " (one lies inside the other): no path may be both anon and dashboard");
                    return;
                }
            }
        }
    }
}
