package dev.portalauth.simulator;

import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Kraken's real introspected schema, kept in this repository as test data
 * ({@code src/test/resources/kraken/schema.graphqls}: Kraken's public API description), parsed once per test run.
 */
final class RealKrakenSchema {

    static final Path LOCATION = Path.of(System.getProperty("user.dir"), "src", "test", "resources", "kraken", "schema.graphqls");

    private static TypeDefinitionRegistry registry;
    private static GraphQLSchema schema;

    private RealKrakenSchema() {
    }

    static synchronized TypeDefinitionRegistry registry() {
        if (registry == null) {
            try {
                registry = new SchemaParser().parse(Files.readString(LOCATION));
            } catch (IOException e) {
                throw new UncheckedIOException("the real Kraken schema is expected at " + LOCATION, e);
            }
        }
        return registry;
    }

    static synchronized GraphQLSchema schema() {
        if (schema == null) {
            // The dump holds the introspection types too; graphql-java brings its own.
            TypeDefinitionRegistry withoutIntrospection = new TypeDefinitionRegistry().merge(registry());
            registry().types().values().stream()
                    .filter(type -> type.getName().startsWith("__"))
                    .forEach(withoutIntrospection::remove);
            schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(withoutIntrospection);
        }
        return schema;
    }
}
