package dev.portalauth.internal.guard;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import dev.portalauth.AuthMethod;

/**
 * What one guarded resource method asks for, read once from its annotations: the session kinds
 * that may enter, and, for {@code @AccountScoped}, the parameter's name and where the resource
 * binds it.
 *
 * @param kinds            the kinds that may enter ({@code NONE} never does)
 * @param accountParameter the name of the account parameter, or {@code null} when not account scoped
 * @param bindings         where the resource binds that name (empty when not account scoped)
 */
public record GuardRule(Set<AuthMethod> kinds, String accountParameter, List<Binding> bindings) {

    public GuardRule {
        Set<AuthMethod> accepted = EnumSet.noneOf(AuthMethod.class);
        accepted.addAll(kinds);
        accepted.remove(AuthMethod.NONE);
        kinds = Set.copyOf(accepted);
        bindings = List.copyOf(bindings);
    }

    public boolean accountScoped() {
        return accountParameter != null;
    }

    /** The sources the account parameter is bound from; anything but exactly one cannot be checked. */
    public Set<ParamSource> boundSources() {
        Set<ParamSource> sources = EnumSet.noneOf(ParamSource.class);
        bindings.forEach(b -> sources.add(b.source()));
        return sources;
    }
}
