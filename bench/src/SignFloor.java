import java.security.KeyFactory;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.LongAdder;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JOSEObjectType;
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
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The physical floor of a first visit: one ES256 signature (the module's default key, an
 * ephemeral EC P-256 key) over a guest-sized JWT, with Nimbus, in this JVM, in BouncyCastle (handed
 * to the signer as the module does, not registered) and in the JDK's own provider ({@code jdk_}
 * lines); and one verification in each. Plain main with warm-up rather than JMH (no extra
 * dependency); prints machine-readable lines for bench/run.
 * Usage: {@code java -cp nimbus-jose-jwt.jar:bcprov.jar bench/src/SignFloor.java [seconds-per-measurement]}
 */
public class SignFloor {

    private static final String ISSUER = "kraken-portal-auth";

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 2.0;
        ECKey key = new ECKeyGenerator(Curve.P_256).keyID("e-" + UUID.randomUUID()).generate();
        // As the module does (token.JwsCrypto): BouncyCastle's own key objects, handed over per signer.
        BouncyCastleProvider provider = new BouncyCastleProvider();
        KeyFactory keys = KeyFactory.getInstance("EC", provider);
        ECDSASigner bc = new ECDSASigner((ECPrivateKey) keys.translateKey(key.toECPrivateKey()));
        bc.getJCAContext().setProvider(provider);
        ECDSAVerifier bcVerifier = new ECDSAVerifier((ECPublicKey) keys.translateKey(key.toECPublicKey()));
        bcVerifier.getJCAContext().setProvider(provider);
        measureWith("", bc, bcVerifier, key, seconds);
        measureWith("jdk_", new ECDSASigner(key), new ECDSAVerifier(key.toPublicJWK()), key, seconds);
    }

    private static void measureWith(String prefix, JWSSigner signer, JWSVerifier verifier, ECKey key, double seconds) throws Exception {
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256)
                .type(new JOSEObjectType("kpa-guest+jwt")).keyID(key.getKeyID()).build();
        byte[] signingInput = new SignedJWT(header, guestClaims()).getSigningInput();
        Base64URL signature = signer.sign(header, signingInput);

        Op signatureOnly = () -> signer.sign(header, signingInput).toString().length();
        Op verification = () -> verifier.verify(header, signingInput, signature) ? 1 : 0;
        Op wholeToken = () -> {
            SignedJWT jwt = new SignedJWT(header, guestClaims());
            jwt.sign(signer);
            return jwt.serialize().length();
        };
        System.out.println("# " + prefix + "token length " + wholeToken.run() + " chars (a guest token as the module issues it)");
        // Warm-up: C2 compiles every path before anything is measured.
        measure(wholeToken, seconds * 2);
        measure(signatureOnly, seconds * 2);
        measure(verification, seconds);
        // Rounds alternate between them, so drift on a shared machine hits all alike.
        List<double[]> signOnly1 = new ArrayList<>();
        List<double[]> whole1 = new ArrayList<>();
        List<double[]> verify1 = new ArrayList<>();
        List<double[]> signOnly2 = new ArrayList<>();
        List<double[]> whole2 = new ArrayList<>();
        List<double[]> verify2 = new ArrayList<>();
        int rounds = 5;
        for (int i = 0; i < rounds; i++) {
            signOnly1.add(measure(signatureOnly, seconds / rounds));
            whole1.add(measure(wholeToken, seconds / rounds));
            verify1.add(measure(verification, seconds / rounds));
            signOnly2.add(measureParallel(signatureOnly, seconds / rounds, 2));
            whole2.add(measureParallel(wholeToken, seconds / rounds, 2));
            verify2.add(measureParallel(verification, seconds / rounds, 2));
        }
        print(prefix + "sign_only", median(signOnly1), median(signOnly2));
        print(prefix + "sign_whole_token", median(whole1), median(whole2));
        print(prefix + "verify", median(verify1), median(verify2));
    }

    private static void print(String name, double[] oneThread, double[] twoThreads) {
        System.out.printf("%s_us_per_op_1thread=%.1f%n", name, oneThread[0]);
        System.out.printf("%s_ops_per_s_1thread=%.0f%n", name, oneThread[1]);
        System.out.printf("%s_ops_per_s_2threads=%.0f%n", name, twoThreads[1]);
    }

    private static JWTClaimsSet guestClaims() {
        long now = System.currentTimeMillis() / 1000 * 1000;
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject("G-" + UUID.randomUUID())
                .expirationTime(new Date(now + 3650L * 86_400_000L))
                .issueTime(new Date(now))
                .jwtID(UUID.randomUUID().toString())
                .build();
    }

    @FunctionalInterface
    interface Op {
        int run() throws Exception;
    }

    /** The median by time per operation. */
    private static double[] median(List<double[]> results) {
        List<double[]> sorted = new ArrayList<>(results);
        sorted.sort((a, b) -> Double.compare(a[0], b[0]));
        return sorted.get(sorted.size() / 2);
    }

    /** {µs per op per thread, ops per second in all}. */
    private static double[] measure(Op op, double seconds) throws Exception {
        long sink = 0;
        long n = 0;
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        long now;
        do {
            sink += op.run();
            n++;
        } while ((now = System.nanoTime()) < end);
        if (sink == 42) {
            System.out.print("");
        }
        double elapsedUs = (now - start) / 1e3;
        return new double[] {elapsedUs / n, n / (elapsedUs / 1e6)};
    }

    private static double[] measureParallel(Op op, double seconds, int threads) throws Exception {
        LongAdder count = new LongAdder();
        List<Thread> workers = new ArrayList<>();
        long end = System.nanoTime() + (long) (seconds * 1e9);
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(() -> {
                try {
                    while (System.nanoTime() < end) {
                        op.run();
                        count.increment();
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        double elapsedUs = (System.nanoTime() - start) / 1e3;
        double opsPerSecond = count.sum() / (elapsedUs / 1e6);
        return new double[] {threads * 1e6 / opsPerSecond, opsPerSecond};
    }
}
