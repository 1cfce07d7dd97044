/**
 * The JAX-RS guards ({@link dev.portalauth.RequiresSession}, {@link dev.portalauth.AccountScoped}):
 * name-bound request filters that see the matched resource method and its parameters, and CDI
 * interceptors that make the same decision when a portal's {@code Application} leaves the filters
 * out. The decision itself is {@link dev.portalauth.internal.guard.GuardDecision}, pure and shared by both.
 */
package dev.portalauth.internal.guard;
