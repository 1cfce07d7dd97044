package dev.portalauth.internal.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.util.Base64URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.portalauth.AuthMethod;
import dev.portalauth.internal.support.MutableClock;
import dev.portalauth.internal.token.CredentialVerifier.Proof;

/** What may become a session — issued by Kraken, of its cookie's kind, usable now. */
class CredentialVerifierSpec {

    private static final ModuleKeys KEYS = Fixtures.keysFromPem("ec-p256.pem");
    private static final ModuleKeys OTHER_NODE_KEYS = Fixtures.keysFromPem("rsa-2048.pem");

    @TempDir
    Path dir;

    private final MutableClock clock = MutableClock.atSystemTime();
    private final ModuleTokens moduleTokens = new ModuleTokens(KEYS, "kraken-portal-auth", clock, 100);
    private final CredentialBindings bindings = new CredentialBindings(moduleTokens, KEYS);
    private final KrakenTokenVerifier withoutJwks =
            new KrakenTokenVerifier(Optional.empty(), Duration.ofSeconds(1), Duration.ofSeconds(1), 100, clock);
    private final KrakenTokenVerifier withJwks =
            new KrakenTokenVerifier(new ImmutableJWKSet<>(KrakenIssuer.publicJwks()), 100, clock);

    private CredentialVerifier verifier(KrakenTokenVerifier kraken, boolean trustUnverified) {
        Map<AuthMethod, Set<String>> gty = new EnumMap<>(AuthMethod.class);
        gty.put(AuthMethod.ACCESS_TOKEN, Set.of("EMAIL-AND-PASSWORD", "REFRESH-TOKEN"));
        gty.put(AuthMethod.MOBILE_WEB_VIEW, Set.of("EMAIL-AND-PASSWORD", "REFRESH-TOKEN"));
        gty.put(AuthMethod.MASQUERADE, Set.of("MASQUERADE"));
        gty.put(AuthMethod.SCOPED, Set.of("PRE-SIGNED-KEY"));
        return new CredentialVerifier(kraken, bindings, gty, trustUnverified);
    }

    private String token(String gty) throws Exception {
        return KrakenIssuer.rs256(KrakenIssuer.claims(clock).claim("gty", gty).build());
    }

    private String bind(AuthMethod kind, String token) {
        return bindings.bind(kind, token, null, null, null, clock.instant().plus(Duration.ofHours(1)));
    }

    @Nested
    class IssuedByKraken {

        @Test
        void aTokenBoundAsItsCookiesKindIsProvenWithoutAJwks() throws Exception {
            String raw = token("MASQUERADE");

            Proof proof = verifier(withoutJwks, false).prove(AuthMethod.MASQUERADE, raw, bind(AuthMethod.MASQUERADE, raw), null);

            assertEquals(Verdict.PROVEN, proof.verdict());
            assertEquals(raw, proof.token().raw());
            assertFalse(proof.unverified());
        }

        @Test
        void anUnboundTokenWithoutAJwksIsRefusedWhateverItsClaimsSay() throws Exception {
            // The attack of issue 11: an HS256 token with made-up claims and a made-up signature.
            String forged = Base64URL.encode("{\"alg\":\"HS256\"}") + "."
                    + Base64URL.encode("{\"sub\":\"kraken|account-user:1\",\"gty\":\"MASQUERADE\",\"iat\":"
                    + clock.instant().getEpochSecond() + ",\"exp\":" + (clock.instant().getEpochSecond() + 86_400 * 365)
                    + ",\"accountNumber\":\"A-ANY\"}") + ".AAAA";

            for (AuthMethod kind : new AuthMethod[] {AuthMethod.MASQUERADE, AuthMethod.ACCESS_TOKEN, AuthMethod.SCOPED}) {
                assertEquals(Verdict.REFUSED, verifier(withoutJwks, false).prove(kind, forged, null, null).verdict(), kind.name());
            }
        }

        @Test
        void anUnboundTokenIsProvenByTheJwksSignatureWhenItsGtyFitsTheKind() throws Exception {
            assertEquals(Verdict.PROVEN,
                    verifier(withJwks, false).prove(AuthMethod.SCOPED, token("PRE-SIGNED-KEY"), null, null).verdict());
        }

        @Test
        void aBindingSignedWithAForgedSignatureUnderOurKeyIdIsRefused() throws Exception {
            String raw = token("MASQUERADE");
            String binding = bind(AuthMethod.MASQUERADE, raw);
            String forged = binding.substring(0, binding.lastIndexOf('.') + 1) + "A".repeat(86);

            assertEquals(Verdict.REFUSED, verifier(withoutJwks, false).prove(AuthMethod.MASQUERADE, raw, forged, null).verdict());
        }

        @Test
        void aBindingUnderAKeyThisNodeDoesNotKnowGrantsNothingButIsKept() throws Exception {
            String raw = token("MASQUERADE");
            ModuleTokens otherNode = new ModuleTokens(OTHER_NODE_KEYS, "kraken-portal-auth", clock, 10);
            String foreignBinding = new CredentialBindings(otherNode, OTHER_NODE_KEYS)
                    .bind(AuthMethod.MASQUERADE, raw, null, null, null, clock.instant().plusSeconds(600));

            Proof proof = verifier(withoutJwks, false).prove(AuthMethod.MASQUERADE, raw, foreignBinding, null);

            assertEquals(Verdict.UNDECIDED, proof.verdict());
            assertNull(proof.token());
        }

        @Test
        void aBindingUnderAPreviousKeyStillProves() throws Exception {
            String raw = token("MASQUERADE");
            ModuleTokens otherNode = new ModuleTokens(OTHER_NODE_KEYS, "kraken-portal-auth", clock, 10);
            String binding = new CredentialBindings(otherNode, OTHER_NODE_KEYS)
                    .bind(AuthMethod.MASQUERADE, raw, null, null, null, clock.instant().plusSeconds(600));
            Path previous = Files.writeString(dir.resolve("previous.json"), OTHER_NODE_KEYS.publicJwks().toString(false));
            ModuleKeys rotated = ModuleKeys.load(Optional.of(Fixtures.pem("ec-p256.pem")), Optional.empty(),
                    Optional.empty(), Optional.of(previous.toString()), CredentialVerifierSpec.class.getClassLoader());
            CredentialVerifier afterRotation = new CredentialVerifier(withoutJwks,
                    new CredentialBindings(new ModuleTokens(rotated, "kraken-portal-auth", clock, 10), rotated),
                    Map.of(), false);

            assertEquals(Verdict.PROVEN, afterRotation.prove(AuthMethod.MASQUERADE, raw, binding, null).verdict());
        }
    }

    @Nested
    class OfTheRightKind {

        @Test
        void aBoundTokenInAnotherKindsCookieIsRefused() throws Exception {
            String scoped = token("PRE-SIGNED-KEY");
            String scopedBinding = bind(AuthMethod.SCOPED, scoped);

            for (AuthMethod kind : new AuthMethod[] {AuthMethod.MASQUERADE, AuthMethod.ACCESS_TOKEN, AuthMethod.MOBILE_WEB_VIEW}) {
                assertEquals(Verdict.REFUSED, verifier(withJwks, false).prove(kind, scoped, scopedBinding, null).verdict(), kind.name());
            }
        }

        @Test
        void aBindingOfAnotherTokenProvesNothing() throws Exception {
            String mine = token("MASQUERADE");
            String other = KrakenIssuer.rs256(KrakenIssuer.claims(clock).claim("gty", "MASQUERADE")
                    .subject("kraken|account-user:999").build());

            assertEquals(Verdict.REFUSED,
                    verifier(withoutJwks, false).prove(AuthMethod.MASQUERADE, other, bind(AuthMethod.MASQUERADE, mine), null).verdict());
        }

        @Test
        void anUnboundScopedTokenCopiedIntoAFullSessionsCookieIsRefusedByItsGty() throws Exception {
            String scoped = token("PRE-SIGNED-KEY");

            for (AuthMethod kind : new AuthMethod[] {AuthMethod.MASQUERADE, AuthMethod.ACCESS_TOKEN, AuthMethod.MOBILE_WEB_VIEW}) {
                assertEquals(Verdict.REFUSED, verifier(withJwks, false).prove(kind, scoped, null, null).verdict(), kind.name());
            }
        }

        @Test
        void aTokenWithoutGtyIsNoUnboundCredentialOfAnyKind() throws Exception {
            String raw = KrakenIssuer.rs256(KrakenIssuer.claims(clock).claim("gty", null).build());

            assertEquals(Verdict.REFUSED, verifier(withJwks, false).prove(AuthMethod.ACCESS_TOKEN, raw, null, null).verdict());
        }
    }

    @Nested
    class UsableNow {

        @Test
        void anExpiredTokenIsRefusedEvenWhenBound() throws Exception {
            String raw = token("MASQUERADE");
            String binding = bindings.bind(AuthMethod.MASQUERADE, raw, null, null, null, clock.instant().plus(Duration.ofDays(1)));
            clock.advance(Duration.ofHours(1));

            assertEquals(Verdict.REFUSED, verifier(withoutJwks, false).prove(AuthMethod.MASQUERADE, raw, binding, null).verdict());
        }

        @Test
        void aTokenValidOnlyInTheFutureIsRefusedEvenWhenBound() throws Exception {
            String raw = KrakenIssuer.rs256(KrakenIssuer.claims(clock).claim("gty", "MASQUERADE")
                    .notBeforeTime(Date.from(clock.instant().plus(Duration.ofMinutes(5)))).build());

            assertEquals(Verdict.REFUSED,
                    verifier(withoutJwks, false).prove(AuthMethod.MASQUERADE, raw, bind(AuthMethod.MASQUERADE, raw), null).verdict());
        }
    }

    @Nested
    class MobileWebViewConfirmation {

        @Test
        void withoutAJwksKrakenIsAskedAndItsAnswerDecides() throws Exception {
            String raw = token("EMAIL-AND-PASSWORD");
            CredentialVerifier verifier = verifier(withoutJwks, false);

            assertEquals(Verdict.PROVEN, verifier.prove(AuthMethod.MOBILE_WEB_VIEW, raw, null, t -> Verdict.PROVEN).verdict());
            assertEquals(Verdict.REFUSED, verifier.prove(AuthMethod.MOBILE_WEB_VIEW, raw, null, t -> Verdict.REFUSED).verdict());
            assertEquals(Verdict.UNDECIDED, verifier.prove(AuthMethod.MOBILE_WEB_VIEW, raw, null, t -> Verdict.UNDECIDED).verdict());
        }

        @Test
        void aTokenOfAnotherKindIsRefusedWithoutAskingKraken() throws Exception {
            AtomicInteger asked = new AtomicInteger();

            Proof proof = verifier(withoutJwks, false).prove(AuthMethod.MOBILE_WEB_VIEW, token("PRE-SIGNED-KEY"), null,
                    t -> {
                        asked.incrementAndGet();
                        return Verdict.PROVEN;
                    });

            assertEquals(Verdict.REFUSED, proof.verdict());
            assertEquals(0, asked.get());
        }
    }

    @Nested
    class DevelopmentTrust {

        @Test
        void decodedClaimsAreTrustedOnlyWhenSwitchedOnAndSaySo() throws Exception {
            String raw = token("MASQUERADE");

            Proof proof = verifier(withoutJwks, true).prove(AuthMethod.MASQUERADE, raw, null, null);

            assertEquals(Verdict.PROVEN, proof.verdict());
            assertTrue(proof.unverified());
            assertEquals(Verdict.REFUSED, verifier(withoutJwks, true).prove(AuthMethod.ACCESS_TOKEN, raw, null, null).verdict());
        }
    }

    @Nested
    class Refresh {

        @Test
        void onlyTheRefreshTokenTheModuleSetWithTheAccessSessionIsRefreshed() throws Exception {
            String access = token("EMAIL-AND-PASSWORD");
            String binding = bindings.bind(AuthMethod.ACCESS_TOKEN, access, "refresh-1", null, null,
                    clock.instant().plus(Duration.ofDays(7)));
            CredentialVerifier verifier = verifier(withoutJwks, false);

            assertEquals(Verdict.PROVEN, verifier.refreshBound(binding, "refresh-1"));
            assertEquals(Verdict.REFUSED, verifier.refreshBound(binding, "refresh-2"));
            assertEquals(Verdict.REFUSED, verifier.refreshBound(null, "refresh-1"));
        }

        @Test
        void aScopedBindingRefreshesNothing() throws Exception {
            String scoped = token("PRE-SIGNED-KEY");
            String binding = bindings.bind(AuthMethod.SCOPED, scoped, "refresh-1", null, null, Instant.now().plusSeconds(600));

            assertEquals(Verdict.REFUSED, verifier(withoutJwks, false).refreshBound(binding, "refresh-1"));
        }
    }
}
