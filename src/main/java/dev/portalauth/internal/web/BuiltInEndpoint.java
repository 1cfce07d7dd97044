package dev.portalauth.internal.web;

import java.io.IOException;

import dev.portalauth.internal.chain.RequestAuth;

/** One of the module's own endpoints, served by the filter at its configured path. */
interface BuiltInEndpoint {

    void handle(RequestAuth auth) throws IOException;
}
