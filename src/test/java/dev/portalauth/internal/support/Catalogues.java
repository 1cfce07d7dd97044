package dev.portalauth.internal.support;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;

/** The module's message catalogues, as compiled: every enum that implements {@link NumberedMessage}. */
final class Catalogues {

    private static final List<Class<?>> ALL = new ClassFileImporter().importPath(Path.of("target", "classes"))
            .stream()
            .filter(type -> type.isEnum() && type.isAssignableTo(NumberedMessage.class))
            .map(JavaClass::reflect)
            .sorted((a, b) -> a.getName().compareTo(b.getName()))
            .toList();

    private Catalogues() {
    }

    static List<Class<?>> all() {
        return ALL;
    }

    static List<NumberedMessage> messagesOf(Class<?> catalogue) {
        return Arrays.stream(catalogue.getEnumConstants()).map(NumberedMessage.class::cast).toList();
    }

    static List<NumberedMessage> messages() {
        return ALL.stream().flatMap(catalogue -> messagesOf(catalogue).stream()).toList();
    }
}
