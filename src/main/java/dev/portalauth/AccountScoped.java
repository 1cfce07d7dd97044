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
 * A JAX-RS resource class or method about one account, named by a path or query parameter: a
 * {@link AuthMethod#SCOPED scoped} session may enter only when every value of that parameter equals
 * its {@link Session#accountNumber()}, else {@code 403 {"error":"ACCOUNT_MISMATCH"}}. Full sessions
 * (masquerade, mobile web view, access token) pass: Kraken restricts what they may read.
 *
 * <p>The parameter is the one the resource binds, by {@code @PathParam} or {@code @QueryParam} on a
 * method parameter or a field. A name bound both ways, or not bound at all, cannot be checked: every
 * request is refused with {@code 403} (and {@code KPA-GUARD-001} is logged once). A visitor without
 * a session gets what {@link RequiresSession} answers. On a method it replaces the class's name.
 */
@NameBinding
@InterceptorBinding
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface AccountScoped {

    /** {@return the name of the path or query parameter that carries the account number} */
    @Nonbinding
    String value() default "accountNumber";
}
