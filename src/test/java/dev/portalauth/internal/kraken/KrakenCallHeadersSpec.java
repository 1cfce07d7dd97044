package dev.portalauth.internal.kraken;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

/**
 * A Kraken call goes out through the form of the Rest Client's POST that names exactly the headers
 * it sends, with the same values: none for a call without a token, the token alone, or the token
 * and the client-IP headers.
 */
class KrakenCallHeadersSpec {

    /** What each call of the interface was given: the form, then its arguments. */
    private final List<List<String>> calls = new ArrayList<>();

    private final KrakenGraphqlApi api = new KrakenGraphqlApi() {
        @Override
        public Response post(String body) {
            calls.add(List.of("body only", body));
            return null;
        }

        @Override
        public Response post(String authorization, String body) {
            calls.add(List.of("token", authorization, body));
            return null;
        }

        @Override
        public Response post(String authorization, String clientIp, String clientIpAuthorization, String body) {
            calls.add(Arrays.asList("token and client IP", authorization, clientIp, clientIpAuthorization, body));
            return null;
        }

        @Override
        public void close() {
        }
    };

    @Test
    void aCallWithoutTokenOrClientIpSendsNoHeader() {
        KrakenTransport.post(api, null, null, null, "{}");
        assertEquals(List.of(List.of("body only", "{}")), calls);
    }

    @Test
    void aCallWithATokenAndNoClientIpSendsTheTokenAlone() {
        KrakenTransport.post(api, "token", null, null, "{}");
        assertEquals(List.of(List.of("token", "token", "{}")), calls);
    }

    @Test
    void aCallWithAClientIpSendsItsHeadersWithOrWithoutAToken() {
        KrakenTransport.post(api, "token", "203.0.113.9", "c2VjcmV0", "{}");
        KrakenTransport.post(api, null, "203.0.113.9", "c2VjcmV0", "{}");
        assertEquals(List.of(
                Arrays.asList("token and client IP", "token", "203.0.113.9", "c2VjcmV0", "{}"),
                Arrays.asList("token and client IP", null, "203.0.113.9", "c2VjcmV0", "{}")), calls);
    }
}
