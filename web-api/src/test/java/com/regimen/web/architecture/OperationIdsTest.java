package com.regimen.web.architecture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation names itself: a client generated from the description calls {@code bookAppointment}, not
 * {@code create6} (swagger-core's fallback is the Java method's name, numbered on a clash, so it changes
 * whenever another resource adds a {@code create}). The name is written on the method's {@code @Operation};
 * this test fails on one without it, on one not in lowerCamel, and on two sharing a name (swagger-core
 * would number the second silently).
 */
class OperationIdsTest {
    private static final Pattern LOWER_CAMEL = Pattern.compile("[a-z][a-zA-Z0-9]*");
    private static final Path CHECKED_IN = Path.of("src/test/openapi/regimen-openapi.json");
    private static List<Method> operations;

    @BeforeAll
    static void findOperations() {
        operations = new ArrayList<>();
        for (JavaClass javaClass : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("com.regimen.web")) {
            for (Method method : javaClass.reflect().getDeclaredMethods()) {
                if (Stream.of(GET.class, POST.class, PUT.class, DELETE.class, PATCH.class)
                        .anyMatch(method::isAnnotationPresent)) {
                    operations.add(method);
                }
            }
        }
        assertThat(operations).as("operations found").hasSizeGreaterThan(100);
    }

    @Test
    void everyOperationNamesItselfInLowerCamel() {
        List<String> unnamed = new ArrayList<>();
        for (Method method : operations) {
            String id = operationId(method);
            if (id.isEmpty() || !LOWER_CAMEL.matcher(id).matches()) {
                unnamed.add(where(method) + " \"" + id + "\"");
            }
        }
        assertThat(unnamed).as("operations without an @Operation(operationId = \"lowerCamel\")").isEmpty();
    }

    @Test
    void noTwoOperationsShareAName() {
        Map<String, List<String>> byName = operations.stream().filter(m -> !operationId(m).isEmpty())
                .collect(Collectors.groupingBy(OperationIdsTest::operationId, TreeMap::new,
                        Collectors.mapping(OperationIdsTest::where, Collectors.toList())));
        byName.values().removeIf(methods -> methods.size() == 1);
        assertThat(byName).as("operationIds used by more than one operation").isEmpty();
    }

    @Test
    void theCheckedInDescriptionCarriesTheNames() throws Exception {
        // CheckedInDescriptionIT keeps this copy equal to the served description.
        JsonNode paths = new ObjectMapper().readTree(CHECKED_IN.toFile()).path("paths");
        TreeSet<String> described = new TreeSet<>();
        paths.forEach(path -> path.properties().forEach(entry -> {
            if (entry.getValue().has("responses")) {
                described.add(entry.getValue().path("operationId").asText(""));
            }
        }));
        TreeSet<String> written = operations.stream().map(OperationIdsTest::operationId)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(described).as("operationIds of the checked-in description (refresh it if this fails)")
                .isEqualTo(written);
    }

    private static String operationId(Method method) {
        Operation operation = method.getAnnotation(Operation.class);
        return operation == null ? "" : operation.operationId();
    }

    private static String where(Method method) {
        return method.getDeclaringClass().getSimpleName() + "." + method.getName();
    }
}
