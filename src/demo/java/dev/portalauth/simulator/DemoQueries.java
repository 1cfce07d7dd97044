package dev.portalauth.simulator;

/**
 * Queries the demo portal may send as the current user; each validates against Kraken's real
 * schema and runs on the simulator (see {@code DemoAndModuleDocumentsSpec}).
 */
public final class DemoQueries {

    /** The logged-in user and their accounts. Needs a user token (not a scoped one). */
    public static final String VIEWER = "query Viewer { viewer { id email givenName familyName "
            + "accounts { number status balance } } }";

    /** One account with its properties and meters; variable {@code accountNumber}. */
    public static final String ACCOUNT = "query Account($accountNumber: String!) { "
            + "account(accountNumber: $accountNumber) { number status balance "
            + "properties { id address postcode "
            + "electricityMeterPoints { mpan meters { serialNumber } } "
            + "gasMeterPoints { mprn meters { serialNumber } } } } }";

    private DemoQueries() {
    }
}
