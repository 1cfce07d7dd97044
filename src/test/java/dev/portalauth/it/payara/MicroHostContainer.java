package dev.portalauth.it.payara;

import java.io.IOException;
import java.nio.file.Path;

import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.ProtocolDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;

/**
 * One Payara Micro per failsafe fork for all its test classes ({@link MicroHostProcess}): it
 * deploys each class's WAR and undeploys it after the class, as the OpenLiberty leg's one server
 * does. Arquillian's Payara Micro adapter starts a server per class instead (~45 a run, each ~9 s
 * of CPU); a redeployment costs ~2 s.
 */
public final class MicroHostContainer implements DeployableContainer<MicroHostConfiguration> {

    private MicroHostConfiguration configuration;
    private Path home;
    private MicroHostProcess host;

    @Override
    public Class<MicroHostConfiguration> getConfigurationClass() {
        return MicroHostConfiguration.class;
    }

    @Override
    public void setup(MicroHostConfiguration configuration) {
        this.configuration = configuration;
        this.home = Path.of(configuration.getMicroJar()).toAbsolutePath().getParent()
                .resolve("payara-host-" + configuration.getHttpPort());
    }

    @Override
    public ProtocolDescription getDefaultProtocol() {
        return new ProtocolDescription("Servlet 5.0");
    }

    @Override
    public void start() throws LifecycleException {
        try {
            host = MicroHostProcess.of(configuration, home);
        } catch (IOException e) {
            throw new LifecycleException("Payara Micro did not start: " + e.getMessage(), e);
        }
    }

    /** The server outlives the suite: failsafe's forks begin and end one for every test class. */
    @Override
    public void stop() {
        host = null;
    }

    @Override
    public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        Path war = home.resolve(archive.getName());
        archive.as(ZipExporter.class).exportTo(war.toFile(), true);
        execute("deploy " + war);
        return new ProtocolMetaData().addContext(new HTTPContext("localhost", configuration.getHttpPort()));
    }

    @Override
    public void undeploy(Archive<?> archive) throws DeploymentException {
        execute("undeploy " + archive.getName().replaceFirst("\\.war$", ""));
    }

    private void execute(String command) throws DeploymentException {
        String answer;
        try {
            answer = host.execute(command);
        } catch (IOException e) {
            throw new DeploymentException(command + ": " + e.getMessage(), e);
        }
        if (!MicroHost.OK.equals(answer)) {
            throw new DeploymentException(command + ": " + answer);
        }
    }
}
