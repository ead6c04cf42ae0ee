package com.regimen.web.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.responses.ApiResponses;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import org.junit.jupiter.api.Test;

import java.lang.annotation.Annotation;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every answer of the API is a view from {@code web.api} (or a resource's own nested record), never a core
 * type: a core record's members are the domain's to change, and an answer built from one changes whenever
 * the domain does, unseen by the description's reviewers. Walks each resource method's return type and every
 * body its {@code @ApiResponse}s declare (a method answering {@code Response} names its body only there),
 * then every member of every view reached, and names each core type met on the way.
 */
class AnswersAreViewsTest {
    private static final String CORE = "com.regimen.core.";
    private static final String WEB = "com.regimen.web.";

    /**
     * Core enums are the API's vocabulary (an appointment's status, a payment's kind, a role): a closed set
     * of names with no members to leak, shown as strings, and the rule lives once in core. Anything else
     * from core needs a view.
     */
    private static boolean apiVocabulary(Class<?> type) {
        return type.isEnum();
    }

    @Test
    void noAnswerCarriesACoreType() {
        Map<String, String> leaks = new TreeMap<>();
        for (Class<?> resource : resources()) {
            for (Method method : resource.getDeclaredMethods()) {
                if (!isOperation(method)) {
                    continue;
                }
                String where = resource.getSimpleName() + "." + method.getName();
                walk(method.getGenericReturnType(), where, new HashSet<>(), leaks);
                for (Class<?> declared : declaredBodies(method)) {
                    walk(declared, where + " (@ApiResponse)", new HashSet<>(), leaks);
                }
            }
        }
        assertThat(leaks).as("core types in answers (each with the first answer found carrying it); "
                + "give each a view in web.api").isEmpty();
    }

    @Test
    void theWalkFindsACoreRecordInsideAView() {
        record Leaking(List<com.regimen.core.inventory.StockLot> lots) {
        }
        Map<String, String> leaks = new TreeMap<>();
        walk(Leaking.class, "planted", new HashSet<>(), leaks);
        assertThat(leaks).containsOnlyKeys(com.regimen.core.inventory.StockLot.class.getName());
        assertThat(leaks.values()).singleElement().asString().contains("Leaking.lots");
    }

    private static List<Class<?>> resources() {
        List<Class<?>> found = new ArrayList<>();
        for (JavaClass javaClass : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.regimen.web.resources")) {
            if (javaClass.getPackageName().equals("com.regimen.web.resources")) {
                found.add(javaClass.reflect());
            }
        }
        assertThat(found).as("resource classes found").hasSizeGreaterThan(20);
        return found;
    }

    private static boolean isOperation(Method method) {
        return Stream.of(GET.class, POST.class, PUT.class, DELETE.class, PATCH.class)
                .anyMatch(method::isAnnotationPresent);
    }

    private static List<Class<?>> declaredBodies(Method method) {
        List<ApiResponse> responses = new ArrayList<>(List.of(method.getAnnotationsByType(ApiResponse.class)));
        ApiResponses grouped = method.getAnnotation(ApiResponses.class);
        if (grouped != null) {
            responses.addAll(List.of(grouped.value()));
        }
        Operation operation = method.getAnnotation(Operation.class);
        if (operation != null) {
            responses.addAll(List.of(operation.responses()));
        }
        List<Class<?>> bodies = new ArrayList<>();
        for (ApiResponse response : responses) {
            for (Content content : response.content()) {
                addImplementation(content.schema(), bodies);
                ArraySchema array = content.array();
                addImplementation(array.schema(), bodies);
            }
        }
        return bodies;
    }

    private static void addImplementation(Schema schema, List<Class<?>> bodies) {
        if (schema.implementation() != Void.class) {
            bodies.add(schema.implementation());
        }
    }

    private static void walk(Type type, String where, Set<Type> seen, Map<String, String> leaks) {
        if (!seen.add(type)) {
            return;
        }
        if (type instanceof ParameterizedType parameterized) {
            walk(parameterized.getRawType(), where, seen, leaks);
            for (Type argument : parameterized.getActualTypeArguments()) {
                walk(argument, where, seen, leaks);
            }
        } else if (type instanceof GenericArrayType array) {
            walk(array.getGenericComponentType(), where, seen, leaks);
        } else if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                walk(bound, where, seen, leaks);
            }
        } else if (type instanceof Class<?> raw) {
            if (raw.isArray()) {
                walk(raw.getComponentType(), where, seen, leaks);
            } else if (raw.getName().startsWith(CORE) && !apiVocabulary(raw)) {
                leaks.putIfAbsent(raw.getName(), where);
            } else if (raw.getName().startsWith(WEB) && raw.isRecord()) {
                for (RecordComponent member : raw.getRecordComponents()) {
                    if (!hidden(member.getAccessor())) {
                        walk(member.getGenericType(), where + " > " + raw.getSimpleName() + "." + member.getName(),
                                seen, leaks);
                    }
                }
            }
        }
        // Type variables are bound at the method (ListResponse<T>), whose arguments are walked above.
    }

    private static boolean hidden(Method accessor) {
        for (Annotation annotation : accessor.getAnnotations()) {
            if (annotation.annotationType().getName().equals("com.fasterxml.jackson.annotation.JsonIgnore")) {
                return true;
            }
        }
        return false;
    }
}
