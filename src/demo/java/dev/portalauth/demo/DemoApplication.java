package dev.portalauth.demo;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The demo portal's JAX-RS application: pages at the context root. */
@ApplicationPath("/")
public class DemoApplication extends Application {
}
