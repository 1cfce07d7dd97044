package dev.portalauth.web;

import java.util.HashMap;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.spi.JsonProvider;

import dev.portalauth.config.AuthSettings;

/** The built-in endpoints by their configured paths (one map lookup per request). */
@ApplicationScoped
public class BuiltInEndpoints {

    @Inject
    AuthSettings settings;

    private final Map<String, BuiltInEndpoint> byPath = new HashMap<>();

    @PostConstruct
    void init() {
        SessionJson sessionJson = new SessionJson(JsonProvider.provider(), settings);
        byPath.put(settings.sessionEndpoint(), new SessionEndpoint(sessionJson));
    }

    /** The endpoint at this normalised path, or {@code null}. */
    BuiltInEndpoint at(String path) {
        return byPath.get(path);
    }
}
