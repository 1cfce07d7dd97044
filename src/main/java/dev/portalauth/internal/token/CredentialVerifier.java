package dev.portalauth.internal.token;

import java.util.Map;
import java.util.Set;

import dev.portalauth.AuthMethod;
import dev.portalauth.internal.support.Hashes;

/**
 * Decides whether a Kraken token in a credential cookie may become a session: usable now,
 * issued by Kraken and of the kind its cookie says. Issuance is proven by the module's binding,
 * else by the JWKS signature, else (mobile web view only) by one confirmation with Kraken, else —
 * in development only — by trusting the decoded claims. The answer is a {@link Proof}; what to do
 * with the cookies is the caller's.
 */
public final class CredentialVerifier {

    /** Asks Kraken once whether it issued a token (mobile web view tokens, no JWKS). */
    @FunctionalInterface
    public interface Confirmation {
        Verdict confirm(KrakenToken token);
    }

    /** The outcome for one credential: the verdict and, when proven, the token. */
    public record Proof(Verdict verdict, KrakenToken token, boolean unverified) {

        public static final Proof REFUSED = new Proof(Verdict.REFUSED, null, false);
        public static final Proof UNDECIDED = new Proof(Verdict.UNDECIDED, null, false);

        static Proof proven(KrakenToken token) {
            return new Proof(Verdict.PROVEN, token, false);
        }
    }

    private final KrakenTokenVerifier kraken;
    private final CredentialBindings bindings;
    private final Map<AuthMethod, Set<String>> gtyByKind;
    private final boolean trustUnverified;

    /**
     * @param gtyByKind       {@code kraken.auth.kinds.<kind>.gty}: what an unbound token of each kind may carry
     * @param trustUnverified {@code kraken.auth.trust-unverified-tokens} (development only)
     */
    public CredentialVerifier(KrakenTokenVerifier kraken, CredentialBindings bindings,
                              Map<AuthMethod, Set<String>> gtyByKind, boolean trustUnverified) {
        this.kraken = kraken;
        this.bindings = bindings;
        this.gtyByKind = Map.copyOf(gtyByKind);
        this.trustUnverified = trustUnverified;
    }

    /**
     * @param kind         the credential kind the token's cookie stands for
     * @param raw          the cookie's value
     * @param binding      the binding cookie's value, or {@code null}
     * @param confirmation how to ask Kraken, or {@code null} when this kind is never confirmed so
     */
    public Proof prove(AuthMethod kind, String raw, String binding, Confirmation confirmation) {
        KrakenToken token = kraken.decode(raw).orElse(null);
        if (token == null) {
            return Proof.REFUSED;
        }
        boolean bindingUndecided = false;
        if (binding != null) {
            CredentialBindings.Read read = bindings.read(binding);
            if (read.verdict() == Verdict.PROVEN) {
                CredentialBinding b = read.binding();
                return b.kind() == kind && b.tokenHash().equals(token.hash()) ? Proof.proven(token) : Proof.REFUSED;
            }
            if (read.verdict() == Verdict.REFUSED) {
                return Proof.REFUSED;
            }
            bindingUndecided = true;
        }
        Proof unbound = proveUnbound(kind, token, confirmation);
        // A binding from a key this node does not know yet may still be good: keep the cookie.
        return bindingUndecided && unbound.verdict() == Verdict.REFUSED ? Proof.UNDECIDED : unbound;
    }

    private Proof proveUnbound(AuthMethod kind, KrakenToken token, Confirmation confirmation) {
        if (!fitsKind(kind, token)) {
            return Proof.REFUSED;
        }
        if (kraken.checksSignatures()) {
            return switch (kraken.signature(token)) {
                case PROVEN -> Proof.proven(token);
                case UNDECIDED -> Proof.UNDECIDED;
                case REFUSED -> Proof.REFUSED;
            };
        }
        if (trustUnverified) {
            return new Proof(Verdict.PROVEN, token, true);
        }
        if (confirmation != null) {
            return switch (confirmation.confirm(token)) {
                case PROVEN -> Proof.proven(token);
                case UNDECIDED -> Proof.UNDECIDED;
                case REFUSED -> Proof.REFUSED;
            };
        }
        return Proof.REFUSED;
    }

    /** An unbound token's {@code gty} must be one configured for the kind its cookie claims. */
    public boolean fitsKind(AuthMethod kind, KrakenToken token) {
        return token.stringClaim("gty").map(gtyByKind.getOrDefault(kind, Set.of())::contains).orElse(false);
    }

    /**
     * Whether {@code refreshToken} is the one the module set with the access session bound by
     * {@code binding}: only such a refresh token is ever sent to Kraken.
     */
    public Verdict refreshBound(String binding, String refreshToken) {
        if (binding == null) {
            return Verdict.REFUSED;
        }
        CredentialBindings.Read read = bindings.read(binding);
        if (read.verdict() != Verdict.PROVEN) {
            return read.verdict();
        }
        CredentialBinding b = read.binding();
        return b.kind() == AuthMethod.ACCESS_TOKEN && b.refreshHash() != null
                && b.refreshHash().equals(Hashes.sha256(refreshToken))
                ? Verdict.PROVEN : Verdict.REFUSED;
    }

    /** The binding in {@code raw} when proven (e.g. to compare a scoped session's key), else {@code null}. */
    public CredentialBinding binding(String raw) {
        return raw == null ? null : bindings.read(raw).binding();
    }

    public KrakenTokenVerifier tokens() {
        return kraken;
    }

    public CredentialBindings bindings() {
        return bindings;
    }
}
