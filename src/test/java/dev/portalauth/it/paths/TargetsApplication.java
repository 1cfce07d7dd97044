package dev.portalauth.it.paths;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** JAX-RS below {@code /rs}, not at {@code /*}: the container then serves the WAR's static files itself. */
@ApplicationPath("/rs")
public class TargetsApplication extends Application {
}
