package dev.portalauth.it.guards;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import dev.portalauth.AccountScoped;

/** Guarded by {@code @AccountScoped} alone (its own filter and interceptor); the account bound by a field. */
@Path("/statements/{accountNumber}")
@RequestScoped
public class StatementPages {

    @PathParam("accountNumber")
    String accountNumber;

    @GET
    @AccountScoped
    public String statement() {
        return "statement " + accountNumber;
    }
}
