package dev.portalauth;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.interceptor.InterceptorBinding;

/**
 * Marks a method that creates a logged-in session. The guest token of the current request is
 * verified before the method; when it returns normally, the guest claims are merged into the new
 * session (the {@code sessionPayload} cookie) and the guest cookie is replaced by a fresh guest.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface SessionCreation {
}
