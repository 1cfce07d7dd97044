package dev.portalauth.simulator;

import graphql.language.AstPrinter;
import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValueDefinition;
import graphql.language.FieldDefinition;
import graphql.language.ImplementingTypeDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.Type;
import graphql.language.TypeDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The simulator's SDL is a subset of Kraken's real schema: every type it declares exists there with
 * the same kind, and every field, argument, input field, enum value and implemented interface
 * exists there with the same type, nullability and list wrappers. So a document the simulator
 * accepts is one Kraken accepts too.
 */
class SimulatorSchemaIsASubsetOfKrakensSpec {

    private final TypeDefinitionRegistry real = RealKrakenSchema.registry();

    @Test
    void every_declaration_of_the_simulator_exists_in_the_real_schema_with_the_same_type() throws IOException {
        List<String> differences = new ArrayList<>();
        for (TypeDefinition<?> simulated : simulatorRegistry().types().values()) {
            TypeDefinition<?> counterpart = real.getTypeOrNull(simulated.getName());
            if (counterpart == null) {
                differences.add("type " + simulated.getName() + " is not in the real schema");
            } else if (!counterpart.getClass().equals(simulated.getClass())) {
                differences.add("type " + simulated.getName() + " is another kind of type in the real schema");
            } else {
                compare(simulated, counterpart, differences);
            }
        }
        simulatorRegistry().scalars().keySet().stream()
                .filter(name -> !real.scalars().containsKey(name))
                .forEach(name -> differences.add("scalar " + name + " is not in the real schema"));
        assertEquals(List.of(), differences);
    }

    @Test
    void the_simulator_declares_the_operations_it_serves() throws IOException {
        TypeDefinitionRegistry simulator = simulatorRegistry();
        assertTrue(fieldNames(simulator, "Mutation").containsAll(List.of("obtainKrakenToken", "masqueradeAuthentication",
                "invalidateRefreshToken", "forceReauthentication", "generatePreSignedToken", "invalidatePreSignedToken")));
        assertTrue(fieldNames(simulator, "Query").containsAll(List.of("viewer", "account", "energyProducts")));
    }

    private static void compare(TypeDefinition<?> simulated, TypeDefinition<?> real, List<String> differences) {
        if (simulated instanceof ImplementingTypeDefinition<?> sim) {
            ImplementingTypeDefinition<?> counterpart = (ImplementingTypeDefinition<?>) real;
            for (Type<?> implemented : sim.getImplements()) {
                if (counterpart.getImplements().stream().noneMatch(t -> same(t, implemented))) {
                    differences.add(sim.getName() + " does not implement " + print(implemented) + " in the real schema");
                }
            }
            for (FieldDefinition field : sim.getFieldDefinitions()) {
                Optional<FieldDefinition> realField = counterpart.getFieldDefinitions().stream()
                        .filter(f -> f.getName().equals(field.getName())).findFirst();
                String where = sim.getName() + "." + field.getName();
                if (realField.isEmpty()) {
                    differences.add(where + " is not in the real schema");
                    continue;
                }
                if (!same(field.getType(), realField.get().getType())) {
                    differences.add(where + " is " + print(field.getType()) + ", really " + print(realField.get().getType()));
                }
                compareInputValues(where, field.getInputValueDefinitions(), realField.get().getInputValueDefinitions(),
                        differences);
            }
        } else if (simulated instanceof InputObjectTypeDefinition sim) {
            compareInputValues(sim.getName(), sim.getInputValueDefinitions(),
                    ((InputObjectTypeDefinition) real).getInputValueDefinitions(), differences);
        } else if (simulated instanceof EnumTypeDefinition sim) {
            List<String> realValues = ((EnumTypeDefinition) real).getEnumValueDefinitions().stream()
                    .map(EnumValueDefinition::getName).toList();
            sim.getEnumValueDefinitions().stream().map(EnumValueDefinition::getName)
                    .filter(value -> !realValues.contains(value))
                    .forEach(value -> differences.add(sim.getName() + "." + value + " is not in the real schema"));
        }
    }

    private static void compareInputValues(String owner, List<InputValueDefinition> simulated,
                                           List<InputValueDefinition> real, List<String> differences) {
        for (InputValueDefinition value : simulated) {
            Optional<InputValueDefinition> realValue = real.stream()
                    .filter(v -> v.getName().equals(value.getName())).findFirst();
            String where = owner + "(" + value.getName() + ")";
            if (realValue.isEmpty()) {
                differences.add(where + " is not in the real schema");
            } else if (!same(value.getType(), realValue.get().getType())) {
                differences.add(where + " is " + print(value.getType()) + ", really " + print(realValue.get().getType()));
            }
        }
        // A required argument the simulator leaves out would let it accept documents Kraken refuses.
        real.stream()
                .filter(v -> AstPrinter.printAst(v.getType()).endsWith("!") && v.getDefaultValue() == null)
                .filter(v -> simulated.stream().noneMatch(s -> s.getName().equals(v.getName())))
                .forEach(v -> differences.add(owner + " lacks the required " + v.getName()));
    }

    private static boolean same(Type<?> a, Type<?> b) {
        return print(a).equals(print(b));
    }

    private static String print(Type<?> type) {
        return AstPrinter.printAst(type);
    }

    private static List<String> fieldNames(TypeDefinitionRegistry registry, String type) {
        return ((ImplementingTypeDefinition<?>) registry.getTypeOrNull(type)).getFieldDefinitions().stream()
                .map(FieldDefinition::getName).toList();
    }

    private static TypeDefinitionRegistry simulatorRegistry() throws IOException {
        try (InputStream in = SimulatorSchemaIsASubsetOfKrakensSpec.class.getClassLoader()
                .getResourceAsStream(KrakenSimulator.SDL_RESOURCE)) {
            return new SchemaParser().parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
