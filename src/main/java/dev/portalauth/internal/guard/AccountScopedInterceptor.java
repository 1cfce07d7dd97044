package dev.portalauth.internal.guard;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

import dev.portalauth.AccountScoped;

/** {@link GuardInterceptor} for beans annotated {@link AccountScoped}. */
@AccountScoped
@Interceptor
@Priority(Interceptor.Priority.LIBRARY_BEFORE)
public class AccountScopedInterceptor extends GuardInterceptor {

    @Inject
    AccountScopedInterceptor(Guards guards) {
        super(guards);
    }
}
