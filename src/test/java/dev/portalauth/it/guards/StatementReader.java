package dev.portalauth.it.guards;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.PathParam;

import dev.portalauth.AccountScoped;

/** A guarded CDI bean (not a resource): only its interceptor guards it, on every call. */
@ApplicationScoped
public class StatementReader {

    @AccountScoped
    public String read(@PathParam("accountNumber") String accountNumber) {
        return "statement " + accountNumber;
    }
}
