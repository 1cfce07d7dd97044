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

    /**
     * Jersey (Payara) leaves the body to {@code HttpURLConnection}, which buffers it and then
     * re-sends the POST once when a connection closes before any answer ({@code sun.net.http.retryPost}):
     * an obtainKrakenToken Kraken already read would reach it twice. A streamed (chunked) body is
     * never re-sent, and the JDK checks a pooled connection is still open before streaming on it, so
     * a connection Kraken closed while idle is not taken for Kraken being down. RESTEasy (Liberty)
     * ignores the key; its Apache client re-sends only a request that was never sent.
     */
    static final String STREAM_THE_BODY = "jersey.config.client.request.entity.processing";

    private final KrakenSettings kraken;
    final KrakenGraphqlApi graphqlApi;
    final KrakenGraphqlApi authApi;
    /** Present when Kraken OAuth is configured. */
    final KrakenTokenApi tokenApi;
    /** Present when an OAuth revocation endpoint is configured (same form-posting shape as the token endpoint). */
    final KrakenTokenApi revocationApi;
    /** The client-IP secret as Kraken's header carries it; {@code null} when none is configured. */
    final String clientIpAuthorization;

    KrakenApis(KrakenSettings kraken, OAuthSettings oauth) {
        this.kraken = kraken;
        graphqlApi = client(kraken.graphqlEndpoint(), KrakenGraphqlApi.class);
        authApi = kraken.authEndpoint().equals(kraken.graphqlEndpoint()) ? graphqlApi
                : client(kraken.authEndpoint(), KrakenGraphqlApi.class);
        clientIpAuthorization = kraken.clientIpSecret()
                .map(s -> Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8)))
                .orElse(null);
        tokenApi = oauth.oauthAuthEndpoint().map(KrakenApis::tokenEndpoint)
                .map(uri -> client(uri, KrakenTokenApi.class)).orElse(null);
        revocationApi = oauth.oauthRevocationEndpoint().map(uri -> client(uri, KrakenTokenApi.class)).orElse(null);
    }

    /** {@code {kraken.auth-endpoint}/token/}, whether or not the configured URL ends with a slash. */
    static URI tokenEndpoint(URI authEndpoint) {
        String base = authEndpoint.toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/token/");
    }

    private <A> A client(URI endpoint, Class<A> api) {
        RestClientBuilder builder = RestClientBuilder.newBuilder();
        return builder
                .baseUri(endpoint)
                .connectTimeout(kraken.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(kraken.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .property(STREAM_THE_BODY, chunked(builder.getClass().getClassLoader()))
                .build(api);
    }

    /**
     * {@link #STREAM_THE_BODY}'s value {@code CHUNKED} in Jersey's own type when the builder's
     * implementation sees it: given as a string, Jersey converts it again on every call, by
     * reflection that fails first (a constructor it looks for and builds an exception about). Any
     * other implementation gets the string, which it ignores.
     */
    static Object chunked(ClassLoader implementation) {
        try {
            Class<?> type = Class.forName("org.glassfish.jersey.client.RequestEntityProcessing", false, implementation);
            for (Object constant : type.getEnumConstants()) {
                if (((Enum<?>) constant).name().equals("CHUNKED")) {
                    return constant;
                }
            }
        } catch (ClassNotFoundException | LinkageError | RuntimeException e) {
            // not Jersey (or not visible): the string, as before
        }
        return "CHUNKED";
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
