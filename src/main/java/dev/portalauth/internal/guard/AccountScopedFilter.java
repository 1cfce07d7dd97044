package dev.portalauth.internal.guard;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Vetoed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.ext.Provider;

import dev.portalauth.AccountScoped;

/** {@link GuardFilter} for resources annotated {@link AccountScoped} (alone or with {@code @RequiresSession}). */
@Provider
@Vetoed
@AccountScoped
@Priority(Priorities.AUTHORIZATION)
public class AccountScopedFilter extends GuardFilter {
}
