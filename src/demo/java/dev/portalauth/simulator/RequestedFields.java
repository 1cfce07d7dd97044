package dev.portalauth.simulator;

import graphql.language.Argument;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.NullValue;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.OperationDefinition;
import graphql.language.Value;
import graphql.language.VariableReference;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The top-level fields a request asks for, each with its call-counter names: the field's own name,
 * and for {@code obtainKrakenToken} also {@code obtainKrakenToken.<kind>} for each credential kind
 * its input carries (inline or through a variable). Read before execution, so calls that then
 * fail, or that a fault cuts short, are counted too.
 */
record RequestedFields(Map<String, Set<String>> counterNamesByField) {

    static final RequestedFields NONE = new RequestedFields(Map.of());
    static final String OBTAIN_KRAKEN_TOKEN = "obtainKrakenToken";

    static RequestedFields of(Optional<Document> document, GraphqlRequest request) {
        return document.flatMap(d -> operation(d, request.operationName()))
                .map(operation -> of(operation, request.variables()))
                .orElse(NONE);
    }

    Set<String> fields() {
        return counterNamesByField.keySet();
    }

    Set<String> counterNames() {
        return counterNamesByField.values().stream().flatMap(Set::stream).collect(Collectors.toSet());
    }

    private static RequestedFields of(OperationDefinition operation, Map<String, Object> variables) {
        Map<String, Set<String>> byField = new LinkedHashMap<>();
        for (Field field : operation.getSelectionSet().getSelectionsOfType(Field.class)) {
            Set<String> names = byField.computeIfAbsent(field.getName(), name -> new LinkedHashSet<>());
            names.add(field.getName());
            if (OBTAIN_KRAKEN_TOKEN.equals(field.getName())) {
                Set<String> setInputFields = field.getArguments().stream()
                        .filter(argument -> "input".equals(argument.getName()))
                        .findFirst()
                        .map(argument -> setInputFields(argument, variables))
                        .orElse(Set.of());
                CredentialKind.presentIn(setInputFields::contains)
                        .forEach(kind -> names.add(OBTAIN_KRAKEN_TOKEN + "." + kind.counterName));
            }
        }
        return new RequestedFields(byField);
    }

    private static Optional<OperationDefinition> operation(Document document, String operationName) {
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        if (operationName == null) {
            return operations.size() == 1 ? Optional.of(operations.get(0)) : Optional.empty();
        }
        return operations.stream().filter(o -> operationName.equals(o.getName())).findFirst();
    }

    /** The names of the input object's fields that hold a value. */
    private static Set<String> setInputFields(Argument input, Map<String, Object> variables) {
        Value<?> value = input.getValue();
        if (value instanceof VariableReference reference
                && variables.get(reference.getName()) instanceof Map<?, ?> object) {
            return object.entrySet().stream().filter(e -> e.getValue() != null)
                    .map(e -> (String) e.getKey()).collect(Collectors.toSet());
        }
        if (value instanceof ObjectValue object) {
            return object.getObjectFields().stream().filter(f -> !(f.getValue() instanceof NullValue))
                    .map(ObjectField::getName).collect(Collectors.toSet());
        }
        return Set.of();
    }
}
