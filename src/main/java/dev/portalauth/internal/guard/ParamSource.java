package dev.portalauth.internal.guard;

/** Where JAX-RS takes a bound parameter's value from: the guards understand these two. */
public enum ParamSource {
    PATH,
    QUERY
}
