package dev.portalauth.internal.chain;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Decides a request's {@link Admission} before the chain acts, so that nothing the chain would do
 * (a refresh, an exchange, a guest cookie) happens for a request that is refused or must run
 * without credentials. Implemented by the web layer, which knows the cross-site rule.
 */
public interface RequestAdmission {

    /** @param path the normalised path inside the application */
    Admission of(HttpServletRequest request, String path);
}
