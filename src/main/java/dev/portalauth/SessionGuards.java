package dev.portalauth;

import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;

import dev.portalauth.internal.guard.AccountScopedFilter;
import dev.portalauth.internal.guard.RequiresSessionFilter;

/**
 * The filters behind {@link RequiresSession} and {@link AccountScoped}, for a JAX-RS application
 * that lists its classes ({@code Application.getClasses()}) and so switches off the provider
 * scanning that finds them: add {@code SessionGuards.class} to that list.
 */
public final class SessionGuards implements Feature {

    @Override
    public boolean configure(FeatureContext context) {
        context.register(RequiresSessionFilter.class);
        context.register(AccountScopedFilter.class);
        return true;
    }
}
