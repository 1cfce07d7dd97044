package dev.portalauth.internal.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;

import org.junit.jupiter.api.Test;

/** RFC 7636: S256 challenges, and verifiers of 43 unreserved characters from 32 random bytes. */
class PkceTest {

    @Test
    void theChallengeIsTheRfcsOwnExample() {
        // RFC 7636, Appendix B
        assertEquals("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
                Pkce.challengeOf("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"));
    }

    @Test
    void verifiersAre43UnreservedCharactersAndNeverRepeat() {
        SecureRandom random = new SecureRandom();
        String a = Pkce.randomValue(random);
        String b = Pkce.randomValue(random);
        assertTrue(a.matches("[A-Za-z0-9_-]{43}"), a);
        assertNotEquals(a, b);
    }
}
