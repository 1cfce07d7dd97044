package dev.portalauth.internal.guard;

import java.lang.reflect.Field;

/**
 * One place where a resource binds the account parameter: a parameter of the resource method
 * ({@code parameterIndex} &ge; 0) or a field of the resource class ({@code field}).
 */
public record Binding(ParamSource source, int parameterIndex, Field field) {

    static Binding parameter(ParamSource source, int index) {
        return new Binding(source, index, null);
    }

    static Binding field(ParamSource source, Field field) {
        return new Binding(source, -1, field);
    }
}
