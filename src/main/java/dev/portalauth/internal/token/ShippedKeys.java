package dev.portalauth.internal.token;

import java.util.Map;
import java.util.Optional;

/**
 * The private keys kraken-portal-auth publishes with its tests and demo, by the RFC 7638
 * thumbprint of their public halves. Anyone can sign with them, so bindings and guest tokens
 * signed with one prove nothing: outside a test or demo WAR, such a signing key stops deployment.
 * A test or demo WAR is one that deploys the Kraken simulator (its servlet class is on the
 * application's class path): that is decided by what the WAR holds, not by a setting a copied
 * configuration could carry along.
 */
public final class ShippedKeys {

    /** Present only in WARs built for tests and the demo (the production WAR leaves the simulator out). */
    static final String SIMULATOR_CLASS = "dev/portalauth/simulator/KrakenSimulatorServlet.class";

    private static final Map<String, String> BY_THUMBPRINT = Map.of(
            "9stK_BU5VQpX4r_lC4hzWpHh6pPwE05VQ3Gej_pUc-E",
            "the test kit's guest signing key (testkit guest-signing-key.pem, GuestTokenForge)",
            "z_jH7rVuP8gtOCjFcu5LLcStLeenGEdYoTZaz-uGd4g",
            "the Kraken simulator's signing key (simulator/signing-key.pem)",
            "YKOHNTqbGDJ3prax2Yh_nSwVCk4iVYvmmO4eQsSUqSI",
            "a unit-test key (token/ec-p256.pem)",
            "n_m7q0whh67zGa7Gbl_RDQ7F7W9iwQG77Z37GfJDbsU",
            "a unit-test key (token/rsa-2048.pem, token/rsa-2048-pkcs1.pem)");

    private ShippedKeys() {
    }

    /** What the published key with this thumbprint is, or empty for any other key. */
    static Optional<String> describe(String thumbprint) {
        return Optional.ofNullable(BY_THUMBPRINT.get(thumbprint));
    }

    /** True when the application deploys the Kraken simulator: a test or demo WAR. */
    public static boolean simulatorDeployed(ClassLoader application) {
        return application != null && application.getResource(SIMULATOR_CLASS) != null;
    }

    /**
     * Stops deployment when {@code keys} sign with a published key, unless this is a test or demo
     * WAR or development trust is on (tokens prove nothing there anyway).
     *
     * @param inline whether the key is configured inline (else by location): the setting named in
     *               the message (the key never is)
     * @throws InvalidKeyConfigException {@code KPA-TOKEN-106}
     */
    public static void refuseOutsideTests(ModuleKeys keys, boolean inline, boolean simulatorDeployed,
                                          boolean trustUnverifiedTokens) {
        if (simulatorDeployed || trustUnverifiedTokens) {
            return;
        }
        String configKey = inline ? ConfigKeys.SIGNING_KEY : ConfigKeys.SIGNING_KEY_LOCATION;
        describe(keys.signingKeyThumbprint()).ifPresent(which -> {
            throw new InvalidKeyConfigException(TokenMessages.SHIPPED_KEY, configKey, "is " + which
                    + ", published with kraken-portal-auth: anyone can sign sessions with it. Generate a key of your own"
                    + " (openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256); a published key is accepted"
                    + " only in a WAR that deploys the Kraken simulator or with kraken.auth.trust-unverified-tokens=true");
        });
    }
}
