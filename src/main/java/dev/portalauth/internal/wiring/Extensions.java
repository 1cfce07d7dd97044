package dev.portalauth.internal.wiring;

import java.util.function.Supplier;

import jakarta.enterprise.inject.Instance;

import dev.portalauth.internal.config.ConfigMessages;

/** Resolves an extension point: the application's one bean, else the module's default. */
public final class Extensions {

    private Extensions() {
    }

    public static <T> T one(Instance<T> custom, Supplier<T> fallback) {
        if (custom.isAmbiguous()) {
            throw new IllegalStateException(ConfigMessages.SEVERAL_EXTENSION_BEANS.format());
        }
        return custom.isResolvable() ? custom.get() : fallback.get();
    }
}
