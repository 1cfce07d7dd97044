package dev.portalauth.internal.guard;

import static dev.portalauth.AuthMethod.ACCESS_TOKEN;
import static dev.portalauth.AuthMethod.MASQUERADE;
import static dev.portalauth.AuthMethod.MOBILE_WEB_VIEW;
import static dev.portalauth.AuthMethod.SCOPED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;
import java.util.logging.LogRecord;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.junit.jupiter.api.Test;

import dev.portalauth.AccountScoped;
import dev.portalauth.AuthMethod;
import dev.portalauth.RequiresSession;
import dev.portalauth.internal.support.CapturedLog;

/** What a guarded method asks for, as its annotations and its bound parameters say. */
class GuardRulesSpec {

    @RequiresSession(ACCESS_TOKEN)
    static class FullOnly {
        public void inherited() {
        }

        @RequiresSession(SCOPED)
        public void scopedHere() {
        }
    }

    static class SubclassOfFullOnly extends FullOnly {
        public void own() {
        }
    }

    static class Accounts {
        @QueryParam("account")
        String queryField;

        public void unguarded(@PathParam("accountNumber") String a) {
        }

        @AccountScoped
        public void inPath(@PathParam("accountNumber") String a, @QueryParam("other") String b) {
        }

        @AccountScoped("account")
        public void inFieldAndQuery(@QueryParam("account") String a) {
        }

        @AccountScoped("account")
        public void inPathAndField(@PathParam("account") String a) {
        }

        @AccountScoped
        public void nowhere(@PathParam("accountnumber") String a) {
        }

        @AccountScoped
        @RequiresSession({SCOPED, AuthMethod.NONE})
        public void scopedOnly(@PathParam("accountNumber") String a) {
        }
    }

    private static Method method(Class<?> type, String name) {
        for (Method m : type.getMethods()) {
            if (m.getName().equals(name)) {
                return m;
            }
        }
        throw new AssertionError(name);
    }

    private static GuardRule rule(Class<?> type, String name) {
        return GuardRules.read(type, method(type, name)).orElseThrow();
    }

    @Test
    void a_method_without_either_annotation_on_it_or_its_class_is_not_guarded() {
        assertTrue(GuardRules.read(Accounts.class, method(Accounts.class, "unguarded")).isEmpty());
    }

    @Test
    void the_class_annotation_guards_its_methods_and_its_subclasses() {
        assertEquals(Set.of(ACCESS_TOKEN), rule(FullOnly.class, "inherited").kinds());
        assertEquals(Set.of(ACCESS_TOKEN), rule(SubclassOfFullOnly.class, "own").kinds());
    }

    @Test
    void a_method_annotation_replaces_the_class_one() {
        assertEquals(Set.of(SCOPED), rule(FullOnly.class, "scopedHere").kinds());
    }

    @Test
    void account_scoped_alone_admits_every_authenticated_kind() {
        GuardRule rule = rule(Accounts.class, "inPath");

        assertEquals(Set.of(MASQUERADE, MOBILE_WEB_VIEW, ACCESS_TOKEN, SCOPED), rule.kinds());
        assertEquals("accountNumber", rule.accountParameter());
    }

    @Test
    void none_is_never_an_accepted_kind() {
        assertEquals(Set.of(SCOPED), rule(Accounts.class, "scopedOnly").kinds());
    }

    @Test
    void the_account_parameter_is_found_where_the_method_binds_it() {
        GuardRule rule = rule(Accounts.class, "inPath");

        assertEquals(List.of(Binding.parameter(ParamSource.PATH, 0)), rule.bindings());
        assertNull(rule(FullOnly.class, "inherited").accountParameter());
    }

    @Test
    void a_field_and_a_parameter_from_the_same_source_are_one_source() throws Exception {
        GuardRule rule = rule(Accounts.class, "inFieldAndQuery");

        assertEquals(Set.of(ParamSource.QUERY), rule.boundSources());
        assertEquals(List.of(Binding.parameter(ParamSource.QUERY, 0),
                Binding.field(ParamSource.QUERY, Accounts.class.getDeclaredField("queryField"))), rule.bindings());
    }

    @Test
    void a_name_bound_in_path_and_query_or_nowhere_is_logged_once_per_method() {
        try (CapturedLog log = CapturedLog.of(GuardRules.class)) {
            GuardRules rules = new GuardRules();
            Method twice = method(Accounts.class, "inPathAndField");

            GuardRule rule = rules.of(Accounts.class, twice).orElseThrow();
            assertSame(rule, rules.of(Accounts.class, twice).orElseThrow());
            rules.of(Accounts.class, method(Accounts.class, "nowhere"));

            assertEquals(Set.of(ParamSource.PATH, ParamSource.QUERY), rule.boundSources());
            List<String> lines = log.records().stream().map(LogRecord::getMessage).toList();
            assertEquals(2, lines.size(), lines::toString);
            assertTrue(lines.get(0).startsWith("KPA-GUARD-001 "), lines.get(0));
            assertTrue(lines.get(0).contains("both a path and a query"), lines.get(0));
            assertTrue(lines.get(1).contains("binds nowhere"), lines.get(1));
        }
    }
}
