package org.geofacts.web;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a query parameter the matched operation does not take, and one given more than once.
 * Ignored, a misspelt filter ({@code /claims?claimnt=US}) would answer with every claim, which
 * reads as the answer to the question asked; a repeated one would silently lose all values but one.
 * Runs after matching, so only the API's own operations are checked, not /q/ endpoints.
 */
public class QueryParameters {

    /** The names each resource method takes, read once from its annotations. */
    private final Map<Method, Set<String>> declared = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public Response refuseUnknownOrRepeated(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return null;
        }
        Map<String, List<String>> given = request.getUriInfo().getQueryParameters(true);
        if (given.isEmpty()) {
            return null;
        }
        Set<String> takes = declared.computeIfAbsent(method, QueryParameters::namesTakenBy);
        for (Map.Entry<String, List<String>> parameter : given.entrySet()) {
            String name = parameter.getKey();
            if (name.isEmpty()) {
                continue;
            }
            if (!takes.contains(name)) {
                return invalid(request, name, "not a parameter of this operation; "
                        + (takes.isEmpty() ? "it takes none" : "it takes " + String.join(", ", takes)));
            }
            if (parameter.getValue().size() > 1) {
                return invalid(request, name, "given " + parameter.getValue().size() + " times; give it once");
            }
        }
        return null;
    }

    private static Response invalid(ContainerRequestContext request, String name, String message) {
        return Problems.response(ProblemException.invalidParameter(name, message), request.getUriInfo().getRequestUri().getRawPath());
    }

    /** {@code @QueryParam}s of the method and of the {@code @BeanParam} classes it takes, in declaration order. */
    private static Set<String> namesTakenBy(Method method) {
        Set<String> names = new LinkedHashSet<>();
        for (Parameter parameter : method.getParameters()) {
            QueryParam query = parameter.getAnnotation(QueryParam.class);
            if (query != null) {
                names.add(query.value());
            } else if (parameter.isAnnotationPresent(BeanParam.class)) {
                for (Class<?> type = parameter.getType(); type != null && type != Object.class; type = type.getSuperclass()) {
                    for (Field field : type.getDeclaredFields()) {
                        QueryParam member = field.getAnnotation(QueryParam.class);
                        if (member != null) {
                            names.add(member.value());
                        }
                    }
                }
            }
        }
        return Collections.unmodifiableSet(names);
    }
}
