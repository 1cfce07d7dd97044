package com.example.portal.dev;

import java.io.File;
import java.nio.file.Path;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.importer.ExplodedImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import dev.portalauth.testkit.KrakenDeployment;

/**
 * The WARs of local development, written by the {@code dev} and {@code simulator} Maven profiles
 * (never part of the portal's own WAR):
 * <ul>
 * <li>{@code portal <exploded WAR> <out>}: the portal with the Kraken simulator inside, configured
 *     by the test kit as in the tests (the port from {@code it.http.port});</li>
 * <li>{@code simulator <out>}: the simulator alone, for a portal's own dev server to call.</li>
 * </ul>
 */
public final class DevWars {

    private DevWars() {
    }

    public static void main(String[] args) {
        WebArchive war = switch (args[0]) {
            case "portal" -> KrakenDeployment.simulated()
                    // Plain http on localhost in a browser: cookies without Secure.
                    .with("kraken.auth.cookie.secure", "false")
                    .addTo(ShrinkWrap.create(WebArchive.class, "ROOT.war").as(ExplodedImporter.class)
                            .importDirectory(new File(args[1])).as(WebArchive.class));
            case "simulator" -> KrakenDeployment.simulatorOnly(ShrinkWrap.create(WebArchive.class, "kraken-simulator.war"));
            default -> throw new IllegalArgumentException("portal or simulator, not " + args[0]);
        };
        Path out = Path.of(args[args.length - 1]);
        war.as(ZipExporter.class).exportTo(out.toFile(), true);
        System.out.println("Wrote " + out);
    }
}
