package dev.portalauth.internal.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import dev.portalauth.AuthMethod;
import dev.portalauth.internal.support.FakeHttp;

/** The first valid credential among masquerade > mobile web view > access > scoped makes the session. */
class CredentialPrioritySpec {

    private final ChainFixture chain = ChainFixture.withMobileWebView();

    private void add(FakeHttp http, AuthMethod kind) {
        String gty = switch (kind) {
            case MASQUERADE -> "MASQUERADE";
            case SCOPED -> "PRE-SIGNED-KEY";
            default -> "EMAIL-AND-PASSWORD";
        };
        String token = chain.krakenToken(gty);
        http.cookie(chain.names.credentialOf(kind), token);
        if (kind != AuthMethod.MOBILE_WEB_VIEW) {
            http.cookie(chain.names.bindingOf(kind), chain.binding(kind, token, null, null));
        }
    }

    @ParameterizedTest(name = "{0} wins over {1}")
    @CsvSource({"MASQUERADE, MOBILE_WEB_VIEW", "MASQUERADE, ACCESS_TOKEN", "MASQUERADE, SCOPED",
        "MOBILE_WEB_VIEW, ACCESS_TOKEN", "MOBILE_WEB_VIEW, SCOPED", "ACCESS_TOKEN, SCOPED"})
    void theHigherValidCredentialWins(AuthMethod higher, AuthMethod lower) {
        FakeHttp http = new FakeHttp();
        add(http, lower);
        add(http, higher);

        assertEquals(higher, chain.resolve(http).method());
        assertTrue(http.setCookies.isEmpty(), "nothing valid is cleared: " + http.setCookies);
    }

    @Test
    void invalidHigherCredentialsAreClearedAndTheNextValidOneWins() {
        FakeHttp http = new FakeHttp().cookie("masqueradeToken", "garbage").cookie("MWAuthToken", "garbage");
        add(http, AuthMethod.SCOPED);

        assertEquals(AuthMethod.SCOPED, chain.resolve(http).method());
        for (String cleared : List.of("masqueradeToken", "masqueradeTokenBinding", "MWAuthToken")) {
            assertTrue(http.cleared(cleared), cleared);
        }
    }

    @Test
    void noCredentialIsNoSession() {
        assertEquals(AuthMethod.NONE, chain.resolve(new FakeHttp()).method());
    }
}
