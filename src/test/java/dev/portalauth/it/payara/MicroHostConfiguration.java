package dev.portalauth.it.payara;

import org.jboss.arquillian.container.spi.ConfigurationException;
import org.jboss.arquillian.container.spi.client.container.ContainerConfiguration;

/** What {@code arquillian.xml} says about the fork's Payara Micro host (container {@code payara-micro}). */
public final class MicroHostConfiguration implements ContainerConfiguration {

    private String microJar;
    private int httpPort;
    private String javaOptions = "";
    private String microOptions = "";
    private int startupTimeoutInSeconds = 240;

    @Override
    public void validate() throws ConfigurationException {
        if (microJar == null || microJar.isBlank() || microJar.contains("${")) {
            throw new ConfigurationException("microJar: the path of payara-micro.jar (pom.xml sets payara.microJar)");
        }
        if (httpPort <= 0) {
            throw new ConfigurationException("httpPort: the port the tests reach the server on");
        }
    }

    public String getMicroJar() {
        return microJar;
    }

    public void setMicroJar(String microJar) {
        this.microJar = microJar;
    }

    public int getHttpPort() {
        return httpPort;
    }

    public void setHttpPort(int httpPort) {
        this.httpPort = httpPort;
    }

    /** The server JVM's options, space-separated. */
    public String getJavaOptions() {
        return javaOptions;
    }

    public void setJavaOptions(String javaOptions) {
        this.javaOptions = javaOptions;
    }

    /** Payara Micro's own options beside {@code --port}, space-separated. */
    public String getMicroOptions() {
        return microOptions;
    }

    public void setMicroOptions(String microOptions) {
        this.microOptions = microOptions;
    }

    public int getStartupTimeoutInSeconds() {
        return startupTimeoutInSeconds;
    }

    public void setStartupTimeoutInSeconds(int startupTimeoutInSeconds) {
        this.startupTimeoutInSeconds = startupTimeoutInSeconds;
    }
}
