package dev.portalauth.internal.observe;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;

/**
 * Counts the outcome of every call of the annotated method as {@code value}'s metric
 * ({@link OutcomeInterceptor}): a return is a success ({@code false} a refusal), a
 * {@link dev.portalauth.KrakenException} is classified by its auth error.
 */
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface CountedOutcome {

    /** Which flow's counter moves; read from the method, so one interceptor serves them all. */
    @Nonbinding
    Flow value();
}
