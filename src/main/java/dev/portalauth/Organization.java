package dev.portalauth;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.inject.Qualifier;

/**
 * Selects the organisation-scoped {@link KrakenClient}: {@code @Inject @Organization
 * KrakenClient kraken} calls Kraken as the organisation whose secret key is configured in
 * {@code kraken.organization-key}, never as the visitor; for pages of logged-out visitors, or of
 * those who have no account yet. Without the key the client deploys, and using it throws an
 * {@link IllegalStateException} that names the key to set.
 */
@Qualifier
@Documented
@Retention(RUNTIME)
@Target({TYPE, METHOD, FIELD, PARAMETER})
public @interface Organization {
}
