package dev.portalauth;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import jakarta.ws.rs.NameBinding;

/**
 * A JAX-RS resource class or method that only sessions of the listed kinds may enter. Otherwise:
 * {@code 401 {"error":"UNAUTHENTICATED"}} when the request prefers JSON ({@code Accept}), else
 * {@code 303 {login}?next=…} (the path asked for, as the dashboard rule builds it).
 *
 * <p>{@link AuthMethod#NONE} never qualifies. On a method it replaces the class's list. Enforced by
 * a JAX-RS filter the module registers; when a portal's {@code Application} leaves that filter out,
 * the same decision is made by a CDI interceptor on resources that are CDI beans, so a guarded
 * method never runs unguarded (see docs/GUIDE.md, "JAX-RS guards", for resources that are not CDI beans).
 */
@NameBinding
@InterceptorBinding
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RequiresSession {

    /** {@return the kinds that may enter; by default every authenticated kind, scoped included} */
    @Nonbinding
    AuthMethod[] value() default {AuthMethod.MASQUERADE, AuthMethod.MOBILE_WEB_VIEW, AuthMethod.ACCESS_TOKEN,
        AuthMethod.SCOPED};
}
