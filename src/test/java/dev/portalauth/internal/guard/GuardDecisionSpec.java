package dev.portalauth.internal.guard;

import static dev.portalauth.AuthMethod.ACCESS_TOKEN;
import static dev.portalauth.AuthMethod.MASQUERADE;
import static dev.portalauth.AuthMethod.MOBILE_WEB_VIEW;
import static dev.portalauth.AuthMethod.NONE;
import static dev.portalauth.AuthMethod.SCOPED;
import static dev.portalauth.internal.guard.GuardVerdict.ACCOUNT_MISMATCH;
import static dev.portalauth.internal.guard.GuardVerdict.ALLOW;
import static dev.portalauth.internal.guard.GuardVerdict.UNAUTHENTICATED;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.portalauth.AuthMethod;

/** The one decision both guards make: which sessions enter, and which accounts a scoped session may ask for. */
class GuardDecisionSpec {

    private static final Set<AuthMethod> EVERY_SESSION = EnumSet.of(MASQUERADE, MOBILE_WEB_VIEW, ACCESS_TOKEN, SCOPED);
    private static final Optional<String> A = Optional.of("A-1");
    private static final Binding IN_PATH = Binding.parameter(ParamSource.PATH, 0);
    private static final Binding IN_QUERY = Binding.parameter(ParamSource.QUERY, 1);

    private static GuardRule sessionOnly(Set<AuthMethod> kinds) {
        return new GuardRule(kinds, null, List.of());
    }

    private static GuardRule accountIn(Binding... bindings) {
        return new GuardRule(EVERY_SESSION, "accountNumber", List.of(bindings));
    }

    /** The request gives {@code accountNumber} these values in the path, and none in the query. */
    private static ParameterValues path(String... values) {
        return (source, name) -> source == ParamSource.PATH && name.equals("accountNumber") ? List.of(values) : List.of();
    }

    private static ParameterValues query(String... values) {
        return (source, name) -> source == ParamSource.QUERY && name.equals("accountNumber") ? List.of(values) : List.of();
    }

    @Test
    void without_a_session_no_guarded_method_is_entered() {
        assertEquals(UNAUTHENTICATED, GuardDecision.decide(sessionOnly(EVERY_SESSION), NONE, Optional.empty(), path()));
        assertEquals(UNAUTHENTICATED, GuardDecision.decide(accountIn(IN_PATH), NONE, Optional.empty(), path("A-1")));
    }

    @Test
    void none_listed_as_a_kind_still_lets_no_one_in_without_a_session() {
        GuardRule rule = sessionOnly(EnumSet.of(NONE, SCOPED));

        assertEquals(UNAUTHENTICATED, GuardDecision.decide(rule, NONE, Optional.empty(), path()));
        assertEquals(ALLOW, GuardDecision.decide(rule, SCOPED, A, path()));
    }

    @ParameterizedTest
    @EnumSource(value = AuthMethod.class, names = "NONE", mode = EnumSource.Mode.EXCLUDE)
    void every_session_enters_a_method_that_accepts_every_kind(AuthMethod kind) {
        assertEquals(ALLOW, GuardDecision.decide(sessionOnly(EVERY_SESSION), kind, A, path()));
    }

    @Test
    void only_the_listed_kinds_enter() {
        GuardRule rule = sessionOnly(EnumSet.of(SCOPED, ACCESS_TOKEN));

        assertEquals(ALLOW, GuardDecision.decide(rule, SCOPED, A, path()));
        assertEquals(ALLOW, GuardDecision.decide(rule, ACCESS_TOKEN, Optional.empty(), path()));
        assertEquals(UNAUTHENTICATED, GuardDecision.decide(rule, MASQUERADE, Optional.empty(), path()));
        assertEquals(UNAUTHENTICATED, GuardDecision.decide(rule, MOBILE_WEB_VIEW, Optional.empty(), path()));
    }

    @Test
    void an_empty_list_of_kinds_lets_no_one_in() {
        assertEquals(UNAUTHENTICATED, GuardDecision.decide(sessionOnly(Set.of()), ACCESS_TOKEN, Optional.empty(), path()));
    }

    @Test
    void a_kind_that_may_not_enter_is_refused_before_its_account_is_looked_at() {
        GuardRule rule = new GuardRule(EnumSet.of(ACCESS_TOKEN), "accountNumber", List.of(IN_PATH));

        assertEquals(UNAUTHENTICATED, GuardDecision.decide(rule, SCOPED, A, path("A-1")));
    }

    @Test
    void a_scoped_session_enters_for_its_own_account_from_the_path_or_the_query() {
        assertEquals(ALLOW, GuardDecision.decide(accountIn(IN_PATH), SCOPED, A, path("A-1")));
        assertEquals(ALLOW, GuardDecision.decide(accountIn(IN_QUERY), SCOPED, A, query("A-1")));
    }

    @Test
    void a_scoped_session_asking_for_another_account_is_refused() {
        assertEquals(ACCOUNT_MISMATCH, GuardDecision.decide(accountIn(IN_PATH), SCOPED, A, path("A-2")));
        assertEquals(ACCOUNT_MISMATCH, GuardDecision.decide(accountIn(IN_QUERY), SCOPED, A, query("a-1")));
    }

    @Test
    void only_the_source_the_method_binds_counts() {
        ParameterValues otherInQuery = (source, name) -> Map.of(ParamSource.PATH, List.of("A-1"),
                ParamSource.QUERY, List.of("A-2")).get(source);

        assertEquals(ALLOW, GuardDecision.decide(accountIn(IN_PATH), SCOPED, A, otherInQuery));
        assertEquals(ACCOUNT_MISMATCH, GuardDecision.decide(accountIn(IN_QUERY), SCOPED, A, otherInQuery));
    }

    @Test
    void every_value_of_a_repeated_parameter_must_be_the_own_account() {
        assertEquals(ACCOUNT_MISMATCH, GuardDecision.decide(accountIn(IN_QUERY), SCOPED, A, query("A-1", "A-2")));
        assertEquals(ALLOW, GuardDecision.decide(accountIn(IN_QUERY), SCOPED, A, query("A-1", "A-1")));
    }

    @Test
    void a_scoped_session_without_the_parameter_or_without_an_account_of_its_own_is_refused() {
        assertEquals(ACCOUNT_MISMATCH, GuardDecision.decide(accountIn(IN_QUERY), SCOPED, A, query()));
        assertEquals(ACCOUNT_MISMATCH, GuardDecision.decide(accountIn(IN_QUERY), SCOPED, Optional.empty(), query("A-1")));
    }

    @ParameterizedTest
    @EnumSource(value = AuthMethod.class, names = {"MASQUERADE", "MOBILE_WEB_VIEW", "ACCESS_TOKEN"})
    void full_sessions_pass_whatever_account_is_asked_for(AuthMethod full) {
        assertEquals(ALLOW, GuardDecision.decide(accountIn(IN_PATH), full, Optional.empty(), path("A-2")));
        assertEquals(ALLOW, GuardDecision.decide(accountIn(IN_QUERY), full, Optional.empty(), query()));
    }

    @ParameterizedTest
    @EnumSource(value = AuthMethod.class, names = "NONE", mode = EnumSource.Mode.EXCLUDE)
    void a_name_bound_both_in_path_and_query_is_refused_for_every_session(AuthMethod kind) {
        ParameterValues same = (source, name) -> List.of("A-1");

        assertEquals(ACCOUNT_MISMATCH, GuardDecision.decide(accountIn(IN_PATH, IN_QUERY), kind, A, same));
    }

    @ParameterizedTest
    @EnumSource(value = AuthMethod.class, names = "NONE", mode = EnumSource.Mode.EXCLUDE)
    void a_name_the_resource_does_not_bind_is_refused_for_every_session(AuthMethod kind) {
        assertEquals(ACCOUNT_MISMATCH, GuardDecision.decide(accountIn(), kind, A, path("A-1")));
    }

    @Test
    void two_bindings_from_the_same_source_are_one_source() {
        Binding field = Binding.field(ParamSource.PATH, null);

        assertEquals(ALLOW, GuardDecision.decide(accountIn(IN_PATH, field), SCOPED, A, path("A-1")));
    }
}
