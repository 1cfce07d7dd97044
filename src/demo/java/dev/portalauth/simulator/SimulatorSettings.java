package dev.portalauth.simulator;

/**
 * How a simulator is set up. Locations are classpath resources, or file paths when such a file
 * exists. The servlet reads each from MicroProfile Config ({@code simulator.issuer},
 * {@code simulator.account-number-claim}, {@code simulator.fixtures-location},
 * {@code simulator.signing-key-location}), falling back to {@link #DEFAULTS}.
 */
public record SimulatorSettings(String issuer, String accountNumberClaim, String fixturesLocation,
                                String signingKeyLocation) {

    /** The simulator's own: its issuer, {@code accountNumber}, and the fixtures and key on its class path. */
    public static final SimulatorSettings DEFAULTS = new SimulatorSettings(
            "https://simulator.kraken.invalid", "accountNumber",
            "simulator/fixtures.json", "simulator/signing-key.pem");
}
