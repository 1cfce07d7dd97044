package com.example.portal;

import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import dev.portalauth.AccountScoped;
import dev.portalauth.KrakenClient;
import dev.portalauth.KrakenException;
import dev.portalauth.RequiresSession;
import dev.portalauth.Session;

/**
 * One account's balance, read from Kraken as the visitor: a logged-in customer (Kraken lets them
 * read only their own accounts) or a customer who followed a pre-signed link for this account.
 */
@Path("/accounts/{accountNumber}")
@RequiresSession                      // no session: 401 (JSON) or the login page (browser)
@AccountScoped("accountNumber")       // a scoped session: only its own account, else 403
public class AccountResource {

    static final String ACCOUNT = "query Account($accountNumber: String!) { "
            + "account(accountNumber: $accountNumber) { number balance } }";

    /** Kraken's answer when a token may not read an account. */
    private static final String NOT_AUTHORIZED = "KT-CT-1111";

    @Inject
    Session session;

    @Inject
    KrakenClient kraken;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response balance(@PathParam("accountNumber") String accountNumber) {
        try {
            AccountData data = kraken.request(ACCOUNT, Map.of("accountNumber", accountNumber), AccountData.class);
            return Response.ok(new Balance(data.account.number, data.account.balance,
                    session.authMethod().jsonName())).build();
        } catch (KrakenException e) {
            if (e.hasErrorCode(NOT_AUTHORIZED)) {
                return Response.status(Response.Status.FORBIDDEN).entity(Map.of("error", "NOT_YOUR_ACCOUNT")).build();
            }
            throw e;
        }
    }

    /** What the page shows. */
    public record Balance(String accountNumber, int balance, String session) {
    }

    /** The {@code data} of the query, bound by JSON-B. */
    public static class AccountData {
        public Account account;
    }

    public static class Account {
        public String number;
        public int balance;
    }
}
