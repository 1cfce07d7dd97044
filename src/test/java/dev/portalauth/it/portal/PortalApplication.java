package dev.portalauth.it.portal;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** A portal of its own, with its own application path, that only depends on the module's classes jar. */
@ApplicationPath("/app")
public class PortalApplication extends Application {
}
