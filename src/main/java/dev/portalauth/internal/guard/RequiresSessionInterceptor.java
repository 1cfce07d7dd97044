package dev.portalauth.internal.guard;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

import dev.portalauth.RequiresSession;

/** {@link GuardInterceptor} for beans annotated {@link RequiresSession}. */
@RequiresSession
@Interceptor
@Priority(Interceptor.Priority.LIBRARY_BEFORE)
public class RequiresSessionInterceptor extends GuardInterceptor {

    @Inject
    RequiresSessionInterceptor(Guards guards) {
        super(guards);
    }
}
