package dev.portalauth.internal.guard;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Vetoed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.ext.Provider;

import dev.portalauth.RequiresSession;

/** {@link GuardFilter} for resources annotated {@link RequiresSession}. */
@Provider
@Vetoed
@RequiresSession
@Priority(Priorities.AUTHORIZATION)
public class RequiresSessionFilter extends GuardFilter {
}
