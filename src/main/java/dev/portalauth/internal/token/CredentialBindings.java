package dev.portalauth.internal.token;

import com.nimbusds.jose.JWSObject;
import com.nimbusds.jwt.JWTClaimsSet;
import java.text.ParseException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import dev.portalauth.AuthMethod;
import dev.portalauth.internal.support.Hashes;

/**
 * Signs and reads bindings ({@link TokenKind#BINDING}): module-signed proof that a Kraken token was
 * set by this module as a given kind. Verifiable under every key of the {@link CurrentKeys}, so every
 * node sharing the signing key, and a rotation in progress (restarts or reloads), keep it.
 */
public final class CredentialBindings {

    /** A binding read from a cookie: the verdict, and the binding when proven. */
    public record Read(Verdict verdict, CredentialBinding binding) {

        static final Read REFUSED = new Read(Verdict.REFUSED, null);
        static final Read UNDECIDED = new Read(Verdict.UNDECIDED, null);
    }

    /** The origin of an access session that began at Kraken's OAuth token endpoint: refreshed there too. */
    public static final String OAUTH_ORIGIN = "oauth";

    private static final String KIND = "knd";
    private static final String TOKEN = "tkh";
    private static final String REFRESH = "rth";
    private static final String KEY = "kyh";
    private static final String ORIGIN = "org";

    private static final ModuleTokens.Reader<Read> READER = CredentialBindings::toRead;

    private final ModuleTokens tokens;
    private final CurrentKeys keys;

    public CredentialBindings(ModuleTokens tokens, CurrentKeys keys) {
        this.tokens = tokens;
        this.keys = keys;
    }

    /**
     * The binding cookie's value for {@code token} set as {@code kind}.
     *
     * @param expiresAt when the binding stops vouching: the token's expiry, or the refresh token's
     */
    public String bind(AuthMethod kind, String token, String refreshToken, String preSignedKey, String origin,
                       Instant expiresAt) {
        Map<String, Object> claims = new HashMap<>();
        claims.put(KIND, kind.jsonName());
        claims.put(TOKEN, Hashes.sha256(token));
        if (refreshToken != null) {
            claims.put(REFRESH, Hashes.sha256(refreshToken));
        }
        if (preSignedKey != null) {
            claims.put(KEY, Hashes.sha256(preSignedKey));
        }
        if (origin != null) {
            claims.put(ORIGIN, origin);
        }
        return tokens.sign(TokenKind.BINDING, claims, expiresAt);
    }

    /** The binding in {@code raw}: proven, refused (forged, expired, malformed) or undecided (signed by a key this node does not know). */
    public Read read(String raw) {
        Read read = tokens.verify(TokenKind.BINDING, raw, READER).orElse(null);
        if (read != null) {
            return read;
        }
        return signedByUnknownKey(raw) ? Read.UNDECIDED : Read.REFUSED;
    }

    private boolean signedByUnknownKey(String raw) {
        if (!CompactJws.isPlausible(raw)) {
            return false;
        }
        try {
            var header = JWSObject.parse(raw).getHeader();
            return TokenKind.BINDING.type().equals(header.getType()) && header.getKeyID() != null
                    && !keys.current().knows(header.getKeyID());
        } catch (ParseException | RuntimeException e) {
            return false;
        }
    }

    private static Read toRead(JWTClaimsSet claims, String raw) {
        AuthMethod kind = kindNamed(claims.getClaim(KIND));
        Object token = claims.getClaim(TOKEN);
        if (kind == null || !(token instanceof String tokenHash)) {
            return Read.REFUSED;
        }
        return new Read(Verdict.PROVEN, new CredentialBinding(kind, tokenHash, string(claims.getClaim(REFRESH)),
                string(claims.getClaim(KEY)), string(claims.getClaim(ORIGIN))));
    }

    private static AuthMethod kindNamed(Object name) {
        for (AuthMethod method : AuthMethod.values()) {
            if (method != AuthMethod.NONE && method.jsonName().equals(name)) {
                return method;
            }
        }
        return null;
    }

    private static String string(Object value) {
        return value instanceof String s ? s : null;
    }
}
