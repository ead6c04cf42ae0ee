package com.regimen.web.testing;

import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.model.Resource;
import org.glassfish.jersey.server.model.ResourceMethod;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Every route the running application serves, read from Jersey's resource model (not from a list we keep). */
public final class Routes {
    private Routes() {
    }

    public record Route(String httpMethod, String path, Method javaMethod) {
        @Override
        public String toString() {
            return httpMethod + " " + path;
        }
    }

    public static List<Route> of(ResourceConfig config) {
        List<Route> routes = new ArrayList<>();
        Stream.concat(config.getClasses().stream(), config.getInstances().stream().map(Object::getClass))
                .filter(type -> type.isAnnotationPresent(jakarta.ws.rs.Path.class))
                .distinct()
                .forEach(type -> collect(Resource.from(type), "", routes));
        routes.sort(Comparator.comparing(Route::path).thenComparing(Route::httpMethod));
        return routes;
    }

    private static void collect(Resource resource, String prefix, List<Route> routes) {
        String path = join(prefix, resource.getPath());
        for (ResourceMethod method : resource.getResourceMethods()) {
            routes.add(new Route(method.getHttpMethod(), path,
                    method.getInvocable().getDefinitionMethod()));
        }
        for (Resource child : resource.getChildResources()) {
            collect(child, path, routes);
        }
    }

    private static String join(String prefix, String path) {
        String cleaned = path == null ? "" : (path.startsWith("/") ? path : "/" + path);
        String joined = (prefix + cleaned).replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }
}
