package dev.portalauth.internal.guard;

import java.util.List;

/**
 * The values a request gives a parameter the resource binds: from the matched URI in the filter,
 * from the bound arguments and fields in the interceptor. Empty when the request has none.
 */
@FunctionalInterface
public interface ParameterValues {

    List<String> of(ParamSource source, String name);
}
