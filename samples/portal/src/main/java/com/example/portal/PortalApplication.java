package com.example.portal;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The portal's JAX-RS application: its resources, and the module's guards, found by scanning. */
@ApplicationPath("/")
public class PortalApplication extends Application {
}
