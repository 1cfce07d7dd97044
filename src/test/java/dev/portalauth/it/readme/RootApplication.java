package dev.portalauth.it.readme;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Puts the documentation's example resources, which declare their own paths, at the context root. */
@ApplicationPath("/")
public class RootApplication extends Application {
}
