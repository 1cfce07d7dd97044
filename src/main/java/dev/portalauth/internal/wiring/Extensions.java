package dev.portalauth.internal.wiring;

import java.util.function.Supplier;

import jakarta.enterprise.inject.Instance;

/** Resolves an extension point: the application's one bean, else the module's default. */
public final class Extensions {

    private Extensions() {
    }

    public static <T> T one(Instance<T> custom, Supplier<T> fallback) {
        if (custom.isAmbiguous()) {
            throw new IllegalStateException("KPA-CONFIG-010 more than one bean implements an extension point;"
                    + " provide at most one");
        }
        return custom.isResolvable() ? custom.get() : fallback.get();
    }
}
