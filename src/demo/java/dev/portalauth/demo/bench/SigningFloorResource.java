package dev.portalauth.demo.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import dev.portalauth.internal.token.CurrentKeys;
import dev.portalauth.internal.token.ModuleKeys;
import dev.portalauth.internal.token.ModuleTokens;
import dev.portalauth.internal.token.TokenKind;

/**
 * The physical floor of a first visit and of a first verification, measured inside the benchmarked
 * server (bench/run) on a request thread, at the same moment and under the same load as the
 * requests they are compared with. {@code GET /bench/floor/es256?count=N} answers, in microseconds
 * per operation: {@code sign_us} one ES256 signature of a guest-sized JWT with the module's own
 * signer; {@code whole_token_us} building, signing and serialising such a token with it;
 * {@code verify_us} the module verifying a guest token it has never seen (parse, signature, claims,
 * cache entry); and for comparison {@code jdk_sign_us} / {@code jdk_verify_us}, the same signature
 * and verification in the JDK's own provider.
 */
@Path("/bench/floor/es256")
@ApplicationScoped
public class SigningFloorResource {

    private static final int MAX_COUNT = 20_000;

    /** Built once: a key of the JDK provider's own, for the comparison. */
    private static final class Jdk {
        static final JWSSigner SIGNER;
        static final JWSVerifier VERIFIER;

        static {
            try {
                ECKey key = new ECKeyGenerator(Curve.P_256).generate();
                SIGNER = new ECDSASigner(key);
                VERIFIER = new ECDSAVerifier(key.toPublicJWK());
            } catch (JOSEException e) {
                throw new IllegalStateException("this JVM cannot sign with ES256", e);
            }
        }
    }

    @Inject
    CurrentKeys currentKeys;

    @Inject
    ModuleTokens tokens;

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public String measure(@QueryParam("count") Integer count) throws Exception {
        int n = count == null ? 200 : Math.max(1, Math.min(MAX_COUNT, count));
        ModuleKeys keys = currentKeys.current();
        JWSHeader header = new JWSHeader.Builder(keys.algorithm()).type(TokenKind.GUEST.type())
                .keyID(keys.keyId()).build();
        String issuer = issuer();
        byte[] input = new SignedJWT(header, guestClaims(issuer)).getSigningInput();
        long sink = 0;

        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            sink += keys.signer().sign(header, input).toString().length();
        }
        long signed = System.nanoTime();
        List<String> fresh = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            SignedJWT jwt = new SignedJWT(header, guestClaims(issuer));
            jwt.sign(keys.signer());
            fresh.add(jwt.serialize());
        }
        long whole = System.nanoTime();
        for (String raw : fresh) { // signed here, not through the module: it has never seen them
            sink += tokens.verify(TokenKind.GUEST, raw).orElseThrow(() -> new IllegalStateException("not verified")).getSubject().length();
        }
        long verified = System.nanoTime();

        JWSHeader es256 = new JWSHeader.Builder(JWSAlgorithm.ES256).build();
        Base64URL signature = Jdk.SIGNER.sign(es256, input);
        long jdkStart = System.nanoTime();
        for (int i = 0; i < n; i++) {
            sink += Jdk.SIGNER.sign(es256, input).toString().length();
        }
        long jdkSigned = System.nanoTime();
        for (int i = 0; i < n; i++) {
            sink += Jdk.VERIFIER.verify(es256, input, signature) ? 1 : 0;
        }
        long jdkVerified = System.nanoTime();
        // The sink keeps the JIT from dropping the work; it is printed so it is used.
        return String.format("sign_us=%.1f whole_token_us=%.1f verify_us=%.1f jdk_sign_us=%.1f jdk_verify_us=%.1f count=%d sink=%d%n",
                (signed - start) / 1e3 / n, (whole - signed) / 1e3 / n, (verified - whole) / 1e3 / n,
                (jdkSigned - jdkStart) / 1e3 / n, (jdkVerified - jdkSigned) / 1e3 / n, n, sink);
    }

    /** The issuer the module writes into its tokens, read from one it signs. */
    private String issuer() throws java.text.ParseException {
        String raw = tokens.sign(TokenKind.GUEST, Map.of("sub", "G-floor"), Instant.now().plusSeconds(60));
        return SignedJWT.parse(raw).getJWTClaimsSet().getIssuer();
    }

    private static JWTClaimsSet guestClaims(String issuer) {
        long now = System.currentTimeMillis() / 1000 * 1000;
        return new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject("G-" + UUID.randomUUID())
                .expirationTime(new Date(now + 3650L * 86_400_000L))
                .issueTime(new Date(now))
                .jwtID(UUID.randomUUID().toString())
                .build();
    }
}
