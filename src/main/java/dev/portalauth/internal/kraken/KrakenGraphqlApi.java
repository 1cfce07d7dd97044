package dev.portalauth.internal.kraken;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Kraken's GraphQL endpoint as a MicroProfile Rest Client interface. Built once per endpoint by
 * {@link KrakenApis} (never injected per request: a rebuilt client costs a request its speed).
 * A {@code null} header is not sent. The same POST comes in three forms so that a call names only the
 * headers it sends: a Rest Client resolves every header parameter on every call (Jersey looks up its
 * converter through the client's providers each time), a {@code null} one included.
 */
public interface KrakenGraphqlApi extends AutoCloseable {

    /** Without any header: a call with no token and no client-IP headers (an exchange, a login). */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Response post(String body);

    /** With the token only: a call as a user or as the organisation, without client-IP headers. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Response post(@HeaderParam("Authorization") String authorization, String body);

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Response post(@HeaderParam("Authorization") String authorization,
                  @HeaderParam("x-kraken-client-ip") String clientIp,
                  @HeaderParam("x-kraken-client-ip-authorization") String clientIpAuthorization,
                  String body);
}
