package dev.portalauth.internal.guard;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The values JAX-RS bound to a method's account parameter, read where the method will read them:
 * its arguments and the resource's fields. A collection or array contributes every element.
 */
final class BoundArguments implements ParameterValues {

    private final Object[] arguments;
    private final Object target;
    private final List<Binding> bindings;

    BoundArguments(Object[] arguments, Object target, List<Binding> bindings) {
        this.arguments = arguments;
        this.target = target;
        this.bindings = bindings;
    }

    @Override
    public List<String> of(ParamSource source, String name) {
        List<String> values = new ArrayList<>();
        for (Binding binding : bindings) {
            if (binding.source() == source) {
                add(values, binding.field() == null ? argument(binding.parameterIndex()) : read(binding.field()));
            }
        }
        return values;
    }

    private Object argument(int index) {
        return arguments != null && index < arguments.length ? arguments[index] : null;
    }

    private Object read(Field field) {
        try {
            field.setAccessible(true);
            return field.get(target);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // Unreadable counts as absent: the decision then refuses a scoped session.
            return null;
        }
    }

    private static void add(List<String> values, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof Collection<?> many) {
            many.forEach(v -> add(values, v));
        } else if (value.getClass().isArray()) {
            for (int i = 0; i < Array.getLength(value); i++) {
                add(values, Array.get(value, i));
            }
        } else {
            values.add(String.valueOf(value));
        }
    }
}
