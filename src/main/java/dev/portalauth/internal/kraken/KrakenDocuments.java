package dev.portalauth.internal.kraken;

/** Every GraphQL document the module sends (validated against the real schema by a unit test). */
public final class KrakenDocuments {

    public static final String OBTAIN_KRAKEN_TOKEN =
            "mutation ObtainKrakenToken($input: ObtainJSONWebTokenInput!) {"
            + " obtainKrakenToken(input: $input) { token payload refreshToken refreshExpiresIn } }";

    public static final String MASQUERADE_AUTHENTICATION =
            "mutation MasqueradeAuthentication($masqueradeToken: String!, $userId: String!) {"
            + " masqueradeAuthentication(masqueradeToken: $masqueradeToken, userId: $userId)"
            + " { token errors { field messages } } }";

    /** Asked once of a mobile-web-view token that nothing else can prove: Kraken answers only for its own tokens. */
    public static final String VIEWER = "query Viewer { viewer { id } }";

    /** Ends one refresh token; asks only whether it is still valid, never for the token back. */
    public static final String INVALIDATE_REFRESH_TOKEN =
            "mutation InvalidateRefreshToken($input: InvalidateRefreshTokenInput!) {"
            + " invalidateRefreshToken(input: $input) { token { isValid } } }";

    /** Ends every Kraken token and refresh token of the caller. */
    public static final String FORCE_REAUTHENTICATION =
            "mutation ForceReauthentication($input: ForceReauthenticationInput!) {"
            + " forceReauthentication(input: $input) { tokensInvalidated } }";

    /** A pre-signed key for the account user with this email, sent as the organisation. */
    public static final String GENERATE_PRE_SIGNED_TOKEN =
            "mutation GeneratePreSignedToken($email: String!, $days: Int!, $scope: PreSignedTokenScope!) {"
            + " generatePreSignedToken(email: $email, numberOfDaysAllowed: $days, scope: $scope)"
            + " { token tokenExpiryDatetime scope } }";

    /** Ends a pre-signed key; asks only whether it is still valid, never for the key back. */
    public static final String INVALIDATE_PRE_SIGNED_TOKEN =
            "mutation InvalidatePreSignedToken($input: InvalidatePreSignedTokenInput!) {"
            + " invalidatePreSignedToken(input: $input) { token { isValid } } }";

    private KrakenDocuments() {
    }
}
