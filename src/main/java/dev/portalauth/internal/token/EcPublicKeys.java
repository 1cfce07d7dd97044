package dev.portalauth.internal.token;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECFieldFp;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.EllipticCurve;
import java.util.List;
import javax.crypto.KeyAgreement;

/**
 * The public key d·G of a P-256 private key d, with the JDK alone. A PKCS#8 EC key need not
 * carry its public point and the JDK offers no scalar multiplication, but ECDH of d with the
 * generator G as peer yields the x coordinate of d·G. The curve equation y² = x³ + ax + b gives
 * ±y; since P-256's p ≡ 3 (mod 4) the root is (x³ + ax + b)^((p+1)/4) mod p. The sign is settled
 * by which candidate verifies a test signature.
 */
final class EcPublicKeys {

    private static final byte[] PROBE = "kraken-portal-auth key check".getBytes(StandardCharsets.US_ASCII);

    private EcPublicKeys() {
    }

    static ECPublicKey publicKeyOf(ECPrivateKey privateKey) throws GeneralSecurityException {
        ECParameterSpec params = privateKey.getParams();
        KeyFactory keyFactory = KeyFactory.getInstance("EC");
        PublicKey generator = keyFactory.generatePublic(new ECPublicKeySpec(params.getGenerator(), params));

        KeyAgreement ecdh = KeyAgreement.getInstance("ECDH");
        ecdh.init(privateKey);
        ecdh.doPhase(generator, true);
        BigInteger x = new BigInteger(1, ecdh.generateSecret());

        EllipticCurve curve = params.getCurve();
        BigInteger p = ((ECFieldFp) curve.getField()).getP();
        BigInteger rhs = x.pow(3).add(curve.getA().multiply(x)).add(curve.getB()).mod(p);
        BigInteger y = rhs.modPow(p.add(BigInteger.ONE).shiftRight(2), p);

        byte[] signature = sign(privateKey);
        for (BigInteger candidateY : List.of(y, p.subtract(y).mod(p))) {
            ECPublicKey candidate = (ECPublicKey) keyFactory.generatePublic(
                    new ECPublicKeySpec(new ECPoint(x, candidateY), params));
            if (verifies(candidate, signature)) {
                return candidate;
            }
        }
        throw new GeneralSecurityException("no point on the curve matches the private key");
    }

    private static byte[] sign(ECPrivateKey privateKey) throws GeneralSecurityException {
        Signature signer = Signature.getInstance("SHA256withECDSA");
        signer.initSign(privateKey);
        signer.update(PROBE);
        return signer.sign();
    }

    private static boolean verifies(ECPublicKey publicKey, byte[] signature) throws GeneralSecurityException {
        Signature verifier = Signature.getInstance("SHA256withECDSA");
        verifier.initVerify(publicKey);
        verifier.update(PROBE);
        return verifier.verify(signature);
    }
}
