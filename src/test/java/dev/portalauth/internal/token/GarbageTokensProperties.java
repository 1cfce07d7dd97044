package dev.portalauth.internal.token;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.util.Base64URL;
import java.time.Duration;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import dev.portalauth.internal.support.MutableClock;

/** Whatever a cookie holds, verification answers "invalid" and never throws. */
class GarbageTokensProperties {

    private static final MutableClock CLOCK = MutableClock.atSystemTime();
    private static final ModuleKeys KEYS = Fixtures.keysFromPem("ec-p256.pem");
    private static final ModuleTokens MODULE_TOKENS = new ModuleTokens(KEYS, "kraken-portal-auth", CLOCK, 100);
    private static final KrakenTokenVerifier DECODE_ONLY =
            new KrakenTokenVerifier(Optional.empty(), Duration.ofSeconds(1), Duration.ofSeconds(1), 100, CLOCK);
    private static final KrakenTokenVerifier WITH_JWKS =
            new KrakenTokenVerifier(new ImmutableJWKSet<>(KrakenIssuer.publicJwks()), 100, CLOCK);

    @Property(tries = 300)
    void anyStringIsRejected(@ForAll String raw) {
        assertRejectedEverywhere(raw);
    }

    @Property(tries = 1000)
    void threeDotSeparatedSegmentsOfJsonLikeGarbageAreRejected(@ForAll("jwsLike") String raw) {
        assertRejectedEverywhere(raw);
    }

    @Provide
    Arbitrary<String> jwsLike() {
        Arbitrary<String> json = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(40),
                Arbitraries.of("{}", "{\"alg\":\"none\"}", "{\"alg\":\"RS256\"}", "{\"alg\":\"ES256\",\"kid\":null}",
                        "{\"alg\":\"HS256\",\"typ\":\"kpa-guest+jwt\"}", "{\"alg\":\"RS256\",\"crit\":[\"x\"]}",
                        "{\"alg\":\"ES256\",\"typ\":\"kpa-guest+jwt\",\"kid\":\"" + KEYS.keyId() + "\"}",
                        "{\"alg\":\"RS256\",\"kid\":\"kraken-rsa\"}", "{\"exp\":\"x\"}", "{\"sub\":1,\"exp\":1e400,\"iat\":-1}", "[]", "null", "{\"alg\":{}}"));
        Arbitrary<String> segment = Arbitraries.oneOf(
                json.map(text -> Base64URL.encode(text).toString()),
                Arbitraries.strings().withChars("ABCabc012-_=+/.").ofMaxLength(20));
        return Combinators.combine(segment, segment, segment).as((h, p, s) -> h + "." + p + "." + s);
    }

    private static void assertRejectedEverywhere(String raw) {
        assertEquals(Optional.empty(), DECODE_ONLY.decode(raw));
        assertEquals(Optional.empty(), WITH_JWKS.decode(raw));
        for (TokenKind kind : TokenKind.values()) {
            assertEquals(Optional.empty(), MODULE_TOKENS.verify(kind, raw));
        }
    }
}
