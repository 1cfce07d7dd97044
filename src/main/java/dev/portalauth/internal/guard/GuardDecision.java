package dev.portalauth.internal.guard;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.portalauth.AuthMethod;

/**
 * The one decision of the JAX-RS guards, made the same way by the filter and the interceptor:
 * <ol>
 * <li>no session, or a kind the rule does not accept: {@link GuardVerdict#UNAUTHENTICATED};</li>
 * <li>not account scoped: {@link GuardVerdict#ALLOW};</li>
 * <li>the account parameter bound from no source or from both path and query: the guard cannot
 * tell which value the method uses, so {@link GuardVerdict#ACCOUNT_MISMATCH} for every session;</li>
 * <li>a full session: {@link GuardVerdict#ALLOW} (Kraken restricts what it may read);</li>
 * <li>a scoped session: allowed only when the parameter has at least one value and every value
 * equals the session's account number; else {@link GuardVerdict#ACCOUNT_MISMATCH}.</li>
 * </ol>
 */
public final class GuardDecision {

    private GuardDecision() {
    }

    public static GuardVerdict decide(GuardRule rule, AuthMethod method, Optional<String> accountNumber,
                                      ParameterValues values) {
        if (!rule.kinds().contains(method)) {
            return GuardVerdict.UNAUTHENTICATED;
        }
        if (!rule.accountScoped()) {
            return GuardVerdict.ALLOW;
        }
        Set<ParamSource> sources = rule.boundSources();
        if (sources.size() != 1) {
            return GuardVerdict.ACCOUNT_MISMATCH;
        }
        if (method.isFull()) {
            return GuardVerdict.ALLOW;
        }
        List<String> requested = values.of(sources.iterator().next(), rule.accountParameter());
        String own = accountNumber.orElse(null);
        boolean ownAccount = own != null && !requested.isEmpty() && requested.stream().allMatch(own::equals);
        return ownAccount ? GuardVerdict.ALLOW : GuardVerdict.ACCOUNT_MISMATCH;
    }
}
