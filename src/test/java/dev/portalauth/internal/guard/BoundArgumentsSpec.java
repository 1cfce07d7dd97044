package dev.portalauth.internal.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The interceptor reads the account parameter where the method reads it: its arguments and the resource's fields. */
class BoundArgumentsSpec {

    static class Resource {
        private String fromPath = "A-1";
        private List<String> fromQuery = List.of("A-1", "A-2");
        private String unset;
    }

    private static Field field(String name) throws NoSuchFieldException {
        return Resource.class.getDeclaredField(name);
    }

    @Test
    void an_argument_gives_its_value_to_the_source_that_bound_it() {
        ParameterValues values = new BoundArguments(new Object[] {"x", "A-1"}, new Resource(),
                List.of(Binding.parameter(ParamSource.PATH, 1)));

        assertEquals(List.of("A-1"), values.of(ParamSource.PATH, "accountNumber"));
        assertEquals(List.of(), values.of(ParamSource.QUERY, "accountNumber"));
    }

    @Test
    void a_private_field_is_read_from_the_resource_instance() throws Exception {
        ParameterValues values = new BoundArguments(new Object[0], new Resource(),
                List.of(Binding.field(ParamSource.PATH, field("fromPath"))));

        assertEquals(List.of("A-1"), values.of(ParamSource.PATH, "accountNumber"));
    }

    @Test
    void collections_and_arrays_give_every_element_and_null_gives_nothing() throws Exception {
        ParameterValues values = new BoundArguments(new Object[] {new String[] {"A-3"}, null}, new Resource(), List.of(
                Binding.field(ParamSource.QUERY, field("fromQuery")), Binding.parameter(ParamSource.QUERY, 0),
                Binding.parameter(ParamSource.QUERY, 1), Binding.field(ParamSource.QUERY, field("unset"))));

        assertEquals(List.of("A-1", "A-2", "A-3"), values.of(ParamSource.QUERY, "accountNumber"));
    }

    @Test
    void a_binding_beyond_the_arguments_gives_nothing() {
        ParameterValues values = new BoundArguments(new Object[0], new Resource(),
                List.of(Binding.parameter(ParamSource.PATH, 2)));

        assertEquals(List.of(), values.of(ParamSource.PATH, "accountNumber"));
    }
}
