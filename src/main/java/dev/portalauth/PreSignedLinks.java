package dev.portalauth;

/**
 * Issues and ends pre-signed links as the organisation ({@code kraken.organization-key}), which holds
 * the Kraken permissions a customer's token lacks: {@code @Inject PreSignedLinks links}. Keys are
 * secrets: they are emailed to their customer and never logged by the module.
 */
public interface PreSignedLinks {

    /**
     * A new key for the account user with this email ({@code generatePreSignedToken}).
     *
     * @param email the account user's email, as Kraken knows it
     * @param scope Kraken's scope name, e.g. {@code SUBMIT_METER_READINGS}: checked here only for its
     *              syntax ({@code [A-Z][A-Z_]*}); Kraken decides which scopes exist
     * @param days  how many days from now the key works
     * @return the key, when it expires and its scope
     * @throws IllegalStateException    when {@code kraken.organization-key} is not set
     * @throws IllegalArgumentException for a scope that cannot be one of Kraken's
     * @throws KrakenException          when Kraken refuses (codes listed) or cannot be reached
     */
    PreSignedLink issue(String email, String scope, int days);

    /**
     * The absolute link that opens {@code path} with {@code key}: {@code kraken.auth.public-origin},
     * the application's context path, the first anon pathname, the key, then {@code path}.
     *
     * @param key  the pre-signed key, as {@link #issue} returned it
     * @param path empty, or a path starting with a single {@code /}
     * @return the link to email to the customer
     * @throws IllegalStateException when {@code kraken.auth.public-origin} is not set
     */
    String url(String key, String path);

    /**
     * Ends {@code key} at Kraken ({@code invalidatePreSignedToken}): it opens nothing from now on.
     *
     * @param key the pre-signed key to end
     * @return true when Kraken confirmed it; false when it refused or could not be reached
     * @throws IllegalStateException when {@code kraken.organization-key} is not set
     */
    boolean invalidate(String key);
}
