package dev.portalauth.internal.support;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;

/**
 * The module's message catalogues, as compiled: every {@code …Messages} class that declares
 * {@code static} {@link NumberedMessage} fields, and those fields' values.
 */
final class Catalogues {

    private static final List<Class<?>> ALL = new ClassFileImporter().importPath(Path.of("target", "classes"))
            .stream()
            .filter(type -> type.getSimpleName().endsWith("Messages"))
            .map(JavaClass::reflect)
            .filter(type -> !constantsOf(type).isEmpty())
            .sorted((a, b) -> a.getName().compareTo(b.getName()))
            .toList();

    private Catalogues() {
    }

    static List<Class<?>> all() {
        return ALL;
    }

    static List<NumberedMessage> messagesOf(Class<?> catalogue) {
        return constantsOf(catalogue).stream().map(Catalogues::valueOf).toList();
    }

    static List<NumberedMessage> messages() {
        return ALL.stream().flatMap(catalogue -> messagesOf(catalogue).stream()).toList();
    }

    private static List<Field> constantsOf(Class<?> type) {
        return Arrays.stream(type.getDeclaredFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == NumberedMessage.class)
                .toList();
    }

    private static NumberedMessage valueOf(Field constant) {
        try {
            return (NumberedMessage) constant.get(null);
        } catch (IllegalAccessException e) {
            throw new AssertionError(constant + " is not a public constant", e);
        }
    }
}
