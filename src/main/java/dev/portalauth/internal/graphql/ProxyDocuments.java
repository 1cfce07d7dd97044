package dev.portalauth.internal.graphql;

import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import dev.portalauth.internal.config.GraphqlProxySettings;

/**
 * The GraphQL route's allowed documents, read from {@code kraken.auth.graphql-proxy.documents} when
 * the application starts: a file that is not one operation stops deployment, naming the file.
 */
@ApplicationScoped
public class ProxyDocuments {

    private static final Logger LOG = Logger.getLogger(ProxyDocuments.class.getName());

    private final Optional<AllowedDocuments> documents;

    @Inject
    ProxyDocuments(GraphqlProxySettings settings) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        documents = settings.graphqlProxyDocuments().map(location -> AllowedDocuments.load(location,
                loader != null ? loader : ProxyDocuments.class.getClassLoader()));
        documents.ifPresent(d -> GraphqlMessages.ROUTE_ON.log(LOG, settings.graphqlProxyPath(), d.size()));
    }

    /** For the container's client proxy only. */
    protected ProxyDocuments() {
        this.documents = null;
    }

    /** Creating this bean at start-up is the check. */
    void loadAtStartup(@Observes @Initialized(ApplicationScoped.class) Object event) {
        // nothing more to do
    }

    /** The allowed documents; empty when the route is off. */
    public Optional<AllowedDocuments> documents() {
        return documents;
    }
}
