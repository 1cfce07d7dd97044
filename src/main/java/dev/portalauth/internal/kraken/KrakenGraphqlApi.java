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
 * A {@code null} header is not sent.
 */
public interface KrakenGraphqlApi extends AutoCloseable {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Response post(@HeaderParam("Authorization") String authorization,
                  @HeaderParam("x-kraken-client-ip") String clientIp,
                  @HeaderParam("x-kraken-client-ip-authorization") String clientIpAuthorization,
                  String body);
}
