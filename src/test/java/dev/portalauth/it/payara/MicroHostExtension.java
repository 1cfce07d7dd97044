package dev.portalauth.it.payara;

import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.core.spi.LoadableExtension;

/** Arquillian's container on Payara Micro ({@code arquillian.launch=payara-micro}): {@link MicroHostContainer}. */
public final class MicroHostExtension implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        // The OpenLiberty leg compiles these classes too; there its own adapter is the container.
        if ("payara-micro".equals(System.getProperty("arquillian.launch"))) {
            builder.service(DeployableContainer.class, MicroHostContainer.class);
        }
    }
}
