package dev.portalauth.internal.kraken;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.portalauth.AuthErrorCode;

/**
 * The one table of Kraken's {@code extensions.errorCode} values that mean "refused", per operation
 * (docs/OPERATIONS.md, "What Kraken's error codes mean", shows it with where each code comes from). A code
 * listed for an operation ends what the visitor presented: the key is remembered as refused, the
 * session ends, the mobile-web-view token is cleared, the organisation token is dropped. Any other
 * code — {@code KT-CT-1113} (a disabled field), an unknown one, a passing fault — says nothing
 * about the credential and changes no cookie and no memory; {@code KT-CT-1199} is
 * {@code RATE_LIMITED} whatever the operation. A new operation is one more row here.
 *
 * <p>The mutations that end sessions and issue or end links hold nothing against a visitor: their
 * rows list the codes by which Kraken says the portal lacks the permission they need (named by
 * {@link #permission()} in the warning); any refusal only leaves the ending unconfirmed.
 */
public enum KrakenRefusals {

    /** {@code obtainKrakenToken(email, password)}. */
    LOGIN(AuthErrorCode.LOGIN_FAILED, "KT-CT-1138", "KT-CT-1139", "KT-CT-1134", "KT-CT-1135"),
    /** {@code obtainKrakenToken(preSignedKey)}. */
    PRE_SIGNED_KEY(AuthErrorCode.PRE_SIGNED_KEY_INVALID, "KT-CT-1139", "KT-CT-1134", "KT-CT-1135"),
    /** {@code obtainKrakenToken(refreshToken)}. */
    REFRESH(AuthErrorCode.SESSION_EXPIRED, "KT-CT-1134", "KT-CT-1135", "KT-CT-1139"),
    /** {@code masqueradeAuthentication} in {@code errors[]} (a refusal in its payload's {@code errors} always is one). */
    MASQUERADE(AuthErrorCode.MASQUERADE_FAILED, "KT-CT-1111", "KT-CT-1139"),
    /** {@code viewer} asked as a mobile-web-view token: Kraken does not take the token. */
    MOBILE_WEB_VIEW(AuthErrorCode.UNAUTHENTICATED,
            "KT-CT-1124", "KT-CT-1120", "KT-CT-1143", "KT-CT-1139", "KT-CT-1111", "KT-CT-1112"),
    /** {@code obtainKrakenToken(organizationSecretKey)}: the key is refused (either way no token, so unavailable). */
    ORGANIZATION_TOKEN(AuthErrorCode.KRAKEN_UNAVAILABLE, "KT-CT-1139", "KT-CT-1134", "KT-CT-1135"),
    /**
     * A query sent as a session's user or as the organisation: the token is not (or no longer) good.
     * Not {@code KT-CT-1111}: "not authorised for this object" is the query's own error, which a
     * visitor can cause at will by choosing what is asked for.
     */
    QUERY_TOKEN(AuthErrorCode.UNAUTHENTICATED, "KT-CT-1124", "KT-CT-1120", "KT-CT-1143", "KT-CT-1139", "KT-CT-1112"),
    /** {@code invalidateRefreshToken}, as the organisation or the user. */
    INVALIDATE_REFRESH_TOKEN("Can invalidate refresh tokens", "KT-CT-1130", "KT-CT-1111", "KT-CT-1112"),
    /** {@code forceReauthentication}, as the user: only the user's own token may. */
    FORCE_REAUTHENTICATION("a user's own token", "KT-CT-1111", "KT-CT-1112"),
    /** {@code generatePreSignedToken}, as the organisation. */
    GENERATE_PRE_SIGNED_TOKEN("Can generate pre-signed tokens", "KT-CT-1128", "KT-CT-1131", "KT-CT-1111", "KT-CT-1112"),
    /** {@code invalidatePreSignedToken}, as the organisation or the link's own scoped token. */
    INVALIDATE_PRE_SIGNED_TOKEN("Can invalidate pre-signed tokens", "KT-CT-1129", "KT-CT-1111", "KT-CT-1112");

    public static final String TOO_MANY_REQUESTS = "KT-CT-1199";

    private final AuthErrorCode refused;
    private final String permission;
    private final Set<String> codes;

    KrakenRefusals(AuthErrorCode refused, String... codes) {
        this(refused, null, Set.of(codes));
    }

    /** An ending or issuing mutation: its codes say the portal lacks {@code permission}; the caller learns nothing more. */
    KrakenRefusals(String permission, String... codes) {
        this(AuthErrorCode.KRAKEN_UNAVAILABLE, permission, Set.of(codes));
    }

    KrakenRefusals(AuthErrorCode refused, String permission, Set<String> codes) {
        this.refused = refused;
        this.permission = permission;
        this.codes = codes;
    }

    /** What the visitor is told when Kraken refused. */
    public AuthErrorCode refused() {
        return refused;
    }

    /** The codes that mean this operation was refused. */
    public Set<String> codes() {
        return codes;
    }

    /** The Kraken permission an ending or issuing mutation needs, as Kraken's admin names it (else empty). */
    public Optional<String> permission() {
        return Optional.ofNullable(permission);
    }

    /**
     * Whether Kraken's answer says the portal lacks this mutation's permission: one of its codes,
     * and not {@code KT-CT-1199} (too many requests is no verdict on the permission).
     */
    public boolean missingPermission(List<String> errorCodes) {
        return permission != null && !errorCodes.contains(TOO_MANY_REQUESTS) && refuses(errorCodes);
    }

    /** Whether {@code errorCodes} (Kraken's answer) hold one of this operation's refusals. */
    public boolean refuses(List<String> errorCodes) {
        return errorCodes.stream().anyMatch(codes::contains);
    }
}
