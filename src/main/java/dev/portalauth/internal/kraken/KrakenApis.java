package dev.portalauth.internal.kraken;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

import org.eclipse.microprofile.rest.client.RestClientBuilder;

import dev.portalauth.internal.config.KrakenSettings;
import dev.portalauth.internal.config.OAuthSettings;

/**
 * The Rest Clients of Kraken's endpoints, built once from the settings with the configured
 * timeouts, and the client-IP secret's header value; closed together at shutdown.
 */
final class KrakenApis implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(KrakenApis.class.getName());

    private final KrakenSettings kraken;
    /** {@link KrakenBodyMode#PROPERTY}'s value, in the Rest Client implementation's own type where it has one. */
    private final Object bodyModeValue;
    final KrakenGraphqlApi graphqlApi;
    final KrakenGraphqlApi authApi;
    /** Present when Kraken OAuth is configured. */
    final KrakenTokenApi tokenApi;
    /** Present when an OAuth revocation endpoint is configured (same form-posting shape as the token endpoint). */
    final KrakenTokenApi revocationApi;
    /** The client-IP secret as Kraken's header carries it; {@code null} when none is configured. */
    final String clientIpAuthorization;

    KrakenApis(KrakenSettings kraken, OAuthSettings oauth, KrakenBodyMode bodyMode) {
        this.kraken = kraken;
        this.bodyModeValue = bodyMode.propertyValue(RestClientBuilder.newBuilder().getClass().getClassLoader());
        graphqlApi = client(kraken.graphqlEndpoint(), KrakenGraphqlApi.class);
        authApi = kraken.authEndpoint().equals(kraken.graphqlEndpoint()) ? graphqlApi
                : client(kraken.authEndpoint(), KrakenGraphqlApi.class);
        clientIpAuthorization = kraken.clientIpSecret()
                .map(s -> Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8)))
                .orElse(null);
        tokenApi = oauth.oauthAuthEndpoint().map(KrakenApis::tokenEndpoint)
                .map(uri -> client(uri, KrakenTokenApi.class)).orElse(null);
        revocationApi = oauth.oauthRevocationEndpoint().map(uri -> client(uri, KrakenTokenApi.class)).orElse(null);
        boolean jersey = !(bodyModeValue instanceof String);
        if (jersey && bodyMode == KrakenBodyMode.CHUNKED) {
            KrakenMessages.CHUNKED_BODIES.log(LOG);
        }
    }

    /** {@code {kraken.auth-endpoint}/token/}, whether or not the configured URL ends with a slash. */
    static URI tokenEndpoint(URI authEndpoint) {
        String base = authEndpoint.toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/token/");
    }

    private <A> A client(URI endpoint, Class<A> api) {
        return RestClientBuilder.newBuilder()
                .baseUri(endpoint)
                .connectTimeout(kraken.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(kraken.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .property(KrakenBodyMode.PROPERTY, bodyModeValue)
                .build(api);
    }

    @Override
    public void close() {
        closeQuietly(graphqlApi);
        if (authApi != graphqlApi) {
            closeQuietly(authApi);
        }
        closeQuietly(tokenApi);
        closeQuietly(revocationApi);
    }

    private static void closeQuietly(AutoCloseable client) {
        try {
            if (client != null) {
                client.close();
            }
        } catch (Exception e) {
            KrakenMessages.CLOSING_FAILED.log(LOG, e);
        }
    }
}
