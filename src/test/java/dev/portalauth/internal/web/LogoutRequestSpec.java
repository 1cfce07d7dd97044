package dev.portalauth.internal.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import jakarta.json.spi.JsonProvider;

import org.junit.jupiter.api.Test;

import dev.portalauth.internal.support.FakeHttp;

/**
 * A logout asks to log out everywhere with {@code everywhere=true} as a form field or
 * {@code "everywhere":true} in a JSON body, never through the query string; anything else is a plain
 * logout.
 */
class LogoutRequestSpec {

    private final JsonProvider json = JsonProvider.provider();

    private boolean everywhere(FakeHttp http) throws IOException {
        return LogoutRequest.everywhere(http.request(), json);
    }

    @Test
    void aFormFieldOrAJsonMemberAsksForIt() throws IOException {
        assertTrue(everywhere(FakeHttp.post().contentType("application/x-www-form-urlencoded").body("everywhere=true")));
        assertTrue(everywhere(FakeHttp.post().contentType("application/json").body("{\"everywhere\":true}")));
    }

    @Test
    void anythingElseIsAPlainLogout() throws IOException {
        assertFalse(everywhere(FakeHttp.post()));
        assertFalse(everywhere(FakeHttp.post().path("/api/auth/logout?everywhere=true")));
        assertFalse(everywhere(FakeHttp.post().contentType("application/x-www-form-urlencoded").body("everywhere=yes")));
        assertFalse(everywhere(FakeHttp.post().contentType("application/json").body("{\"everywhere\":\"true\"}")));
        assertFalse(everywhere(FakeHttp.post().contentType("application/json").body("{not json")));
        assertFalse(everywhere(FakeHttp.post().contentType("application/json").body("[true]")));
        assertFalse(everywhere(FakeHttp.post().contentType("application/json")
                .body("{\"everywhere\":true,\"pad\":\"" + "x".repeat(2000) + "\"}")));
    }
}
