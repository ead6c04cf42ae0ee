package com.regimen.web.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The package rules of docs/architecture.md, run on the compiled production classes of every
 * module (core, web-api, the SPI and the shipped plugins), so that a wrong import fails the build
 * instead of waiting for a reviewer.
 */
class ArchitectureTest {
    /**
     * Each core package's place: a package may use only packages of a lower rank (and itself), so
     * the domain depends one way. A new package must be given a rank here and an arrow in
     * docs/architecture.md.
     */
    static final Map<String, Integer> CORE_RANKS = Map.ofEntries(
            Map.entry("errors", 0), Map.entry("ids", 0), Map.entry("json", 0), Map.entry("identity", 0),
            Map.entry("paging", 1), Map.entry("database", 1), Map.entry("idempotency", 1),
            Map.entry("printing", 1),
            Map.entry("audit", 2), Map.entry("outbox", 2),
            Map.entry("staff", 3),
            Map.entry("tenancy", 4),
            Map.entry("plugins", 5), Map.entry("scheduling", 5), Map.entry("discounts", 5),
            Map.entry("medicines", 6), Map.entry("inventory", 6),
            Map.entry("patients", 7),
            Map.entry("clearance", 8), Map.entry("consent", 8),
            Map.entry("booking", 9),
            Map.entry("invoicing", 10),
            Map.entry("payments", 11),
            Map.entry("reports", 12),
            Map.entry("terminal", 12),
            Map.entry("frontdesk", 12),
            Map.entry("messages", 12),
            Map.entry("selfservice", 12),
            Map.entry("wiring", 13));

    private static JavaClasses production;

    @BeforeAll
    static void importClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                // core's test jar (TestDatabases and its ITs) is on this module's test class path.
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("com.regimen");
    }

    @Test
    void coreNeverUsesTheWebLayer() {
        noClasses().that().resideInAPackage("com.regimen.core..")
                .should().dependOnClassesThat().resideInAPackage("com.regimen.web..")
                .check(production);
    }

    @Test
    void theSpiUsesOnlyTheJdk() {
        classes().that().resideInAPackage("com.regimen.plugin.spi..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("com.regimen.plugin.spi..", "java..")
                .check(production);
    }

    @Test
    void pluginsUseOnlyTheSpi() {
        classes().that().resideInAPackage("com.regimen.plugins..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("com.regimen.plugins..",
                        "com.regimen.plugin.spi..", "java..")
                .check(production);
    }

    @Test
    void corePackagesDependOneWay() {
        classes().that().resideInAPackage("com.regimen.core..")
                .should(useOnlyLowerRankedCorePackages())
                .check(production);
    }

    @Test
    void corePackagesHaveNoCycles() {
        slices().matching("com.regimen.core.(*)..").should().beFreeOfCycles().check(production);
    }

    @Test
    void webPackagesHaveNoCycles() {
        slices().assignedFrom(new com.tngtech.archunit.library.dependencies.SliceAssignment() {
            @Override
            public com.tngtech.archunit.library.dependencies.SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                String name = javaClass.getPackageName();
                if (!name.startsWith("com.regimen.web")) {
                    return com.tngtech.archunit.library.dependencies.SliceIdentifier.ignore();
                }
                String rest = name.substring("com.regimen.web".length());
                String slice = rest.isEmpty() ? "web" : "web." + rest.substring(1).split("\\.")[0];
                return com.tngtech.archunit.library.dependencies.SliceIdentifier.of(slice);
            }

            @Override
            public String getDescription() {
                return "com.regimen.web and each of its sub-packages";
            }
        }).should().beFreeOfCycles().check(production);
    }

    @Test
    void resourcesAnswerWithViewsNotDaoRecords() {
        noClasses().that().resideInAPackage("com.regimen.web.resources..")
                .should().dependOnClassesThat(DescribedPredicate.describe("a DAO or Jdbi",
                        (JavaClass c) -> c.getPackageName().startsWith("org.jdbi")
                                || c.getName().endsWith("Dao") || c.getName().contains("Dao$")))
                .check(production);
    }

    private static ArchCondition<JavaClass> useOnlyLowerRankedCorePackages() {
        return new ArchCondition<>("use only core packages of a lower rank (ArchitectureTest.CORE_RANKS)") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                Optional<String> own = corePackage(item);
                if (own.isEmpty()) {
                    return;
                }
                Integer ownRank = CORE_RANKS.get(own.get());
                if (ownRank == null) {
                    events.add(SimpleConditionEvent.violated(item, "core package " + own.get()
                            + " has no rank in ArchitectureTest.CORE_RANKS (and no arrow in docs/architecture.md)"));
                    return;
                }
                for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
                    Optional<String> target = corePackage(dependency.getTargetClass());
                    if (target.isEmpty() || target.get().equals(own.get())) {
                        continue;
                    }
                    Integer targetRank = CORE_RANKS.get(target.get());
                    if (targetRank == null || targetRank >= ownRank) {
                        events.add(SimpleConditionEvent.violated(dependency, own.get() + " (rank " + ownRank
                                + ") may not use " + target.get() + " (rank " + targetRank + "): "
                                + dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static Optional<String> corePackage(JavaClass javaClass) {
        String name = javaClass.getPackageName();
        if (!name.startsWith("com.regimen.core.")) {
            return Optional.empty();
        }
        return Optional.of(name.substring("com.regimen.core.".length()).split("\\.")[0]);
    }
}
