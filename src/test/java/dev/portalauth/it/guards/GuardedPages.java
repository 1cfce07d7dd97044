package dev.portalauth.it.guards;

import static dev.portalauth.AuthMethod.ACCESS_TOKEN;
import static dev.portalauth.AuthMethod.MASQUERADE;
import static dev.portalauth.AuthMethod.MOBILE_WEB_VIEW;
import static dev.portalauth.AuthMethod.SCOPED;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import dev.portalauth.AccountScoped;
import dev.portalauth.RequiresSession;
import dev.portalauth.Session;

/**
 * Test pages guarded every way the guards allow; each answers {@code entered <authMethod>} so a
 * test sees that the method ran and for whom. A CDI bean, so the interceptor guards it too.
 */
@Path("/guarded")
@RequestScoped
@RequiresSession
public class GuardedPages {

    @Inject
    Session session;

    @GET
    @Path("any")
    public String anySession() {
        return entered();
    }

    @GET
    @Path("full-only")
    @RequiresSession({MASQUERADE, MOBILE_WEB_VIEW, ACCESS_TOKEN})
    public String fullOnly() {
        return entered();
    }

    @GET
    @Path("scoped-only")
    @RequiresSession(SCOPED)
    public String scopedOnly() {
        return entered();
    }

    @GET
    @Path("accounts/{accountNumber}")
    @AccountScoped
    public String account(@PathParam("accountNumber") String accountNumber) {
        return entered() + " " + accountNumber;
    }

    @GET
    @Path("readings")
    @AccountScoped("account")
    public String readings(@QueryParam("account") String account) {
        return entered() + " " + account;
    }

    /** A resource that binds the name twice: the guard cannot tell which value the method uses. */
    @GET
    @Path("twice/{accountNumber}")
    @AccountScoped
    public String boundTwice(@PathParam("accountNumber") String inPath, @QueryParam("accountNumber") String inQuery) {
        return entered() + " " + inPath + " " + inQuery;
    }

    private String entered() {
        return "entered " + session.authMethod().jsonName();
    }
}
