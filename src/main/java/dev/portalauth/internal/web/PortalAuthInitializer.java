package dev.portalauth.internal.web;

import java.util.EnumSet;
import java.util.Set;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterRegistration;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;

/**
 * Registers {@link PortalAuthFilter} in every web application that has the module, once and ahead
 * of the filters the application declares. A container runs a
 * {@code ServletContainerInitializer} named in {@code META-INF/services} whatever the application's
 * {@code web.xml} says about {@code metadata-complete}, which turns off the annotation scanning a
 * {@code @WebFilter} needs; and only a programmatic mapping can be put before the declared ones.
 */
public class PortalAuthInitializer implements ServletContainerInitializer {

    /** The filter's name: an application that declares a filter by this name places the module itself. */
    public static final String FILTER_NAME = "kraken-portal-auth";

    @Override
    public void onStartup(Set<Class<?>> classes, ServletContext context) {
        if (context.getFilterRegistration(FILTER_NAME) != null) {
            return;
        }
        FilterRegistration.Dynamic filter = context.addFilter(FILTER_NAME, PortalAuthFilter.class);
        filter.setAsyncSupported(true);
        // isMatchAfter = false: before every filter mapping declared in web.xml, fragments or annotations.
        filter.addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), false, "/*");
    }
}
