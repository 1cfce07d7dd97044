package dev.portalauth.internal.kraken;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Kraken's OAuth token endpoint ({@code {kraken.auth-endpoint}/token/}) as a MicroProfile Rest
 * Client interface, built once by {@link KrakenApis}. The body is an
 * {@code application/x-www-form-urlencoded} string; a {@code null} header is not sent.
 */
public interface KrakenTokenApi extends AutoCloseable {

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    Response post(@HeaderParam("Authorization") String authorization,
                  @HeaderParam("x-kraken-client-ip") String clientIp,
                  @HeaderParam("x-kraken-client-ip-authorization") String clientIpAuthorization,
                  String form);
}
