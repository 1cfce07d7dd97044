package dev.portalauth.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A request is judged by the path the module decoded and by the path the server mapped: where the
 * two differ, by the one under the stricter rule (dashboard, then anon, then allow-listed anon,
 * then public).
 */
class StricterPathSpec {

    private final StricterPath paths = new StricterPath(Pathnames.of(List.of("/dashboard", "/rs/dashboard")),
            Pathnames.of(List.of("/anon", "/rs/anon")), Globs.of(List.of("/anon/*/help")));

    @ParameterizedTest(name = "decoded {0}, mapped {1} + {2}: {3}")
    @CsvSource(delimiter = '|', value = {
            // the same path, as on every request the module does not refuse
            "/dashboard/statement.html|/dashboard/statement.html||/dashboard/statement.html",
            "/x|/x||/x",
            // empty segments the server kept: judged collapsed
            "/dashboard/statement.html|/dashboard//statement.html||/dashboard/statement.html",
            "/dashboard/statement.html|//dashboard/statement.html||/dashboard/statement.html",
            "/dashboard|/dashboard/||/dashboard",
            // the server read the URI otherwise: the stricter of the two wins
            "/x|/dashboard/statement.html||/dashboard/statement.html",
            "/dashboard/statement.html|/x||/dashboard/statement.html",
            "/anon/k/page|/rs/dashboard/fixed||/rs/dashboard/fixed",
            "/rs/dashboard/fixed|/anon/k/page||/rs/dashboard/fixed",
            "/x|/anon/k/page||/anon/k/page",
            "/anon/k/page|/x||/anon/k/page",
            "/anon/k/help|/anon/k/page||/anon/k/page",
            "/anon/k/page|/anon/k/help||/anon/k/page",
            "/x|/anon/k/help||/anon/k/help",
            // equally strict: the module's own reading
            "/anon/k/page|/anon/other/page||/anon/k/page",
            "/x|/y||/x",
            // the mapped path in two parts: a servlet path and the path info after it
            "/rs/dashboard/fixed|/rs|/dashboard/fixed|/rs/dashboard/fixed",
            "/x|/rs|/dashboard/fixed|/rs/dashboard/fixed",
            "/rs/dashboard/fixed|/rs|//dashboard/fixed|/rs/dashboard/fixed",
            "/rs/anon/k/page|/rs/anon|/k/page/|/rs/anon/k/page",
            // a JAX-RS application at the root: nothing mapped but the path info
            "/dashboard|''|/dashboard|/dashboard",
            "/|''|/|/",
            "/|''||/",
    })
    void theStricterOfTheTwoPathsIsJudged(String decoded, String servletPath, String pathInfo, String judged) {
        assertEquals(judged, paths.judge(decoded, servletPath, pathInfo));
    }

    @ParameterizedTest(name = "mapped {0}")
    @CsvSource({"/anon/../dashboard", "/dashboard/.", "/a\\b"})
    void aMappedPathThatStillHoldsWhatTheModuleRefusesIsRefused(String mapped) {
        assertNull(paths.judge("/x", mapped, null));
    }
}
