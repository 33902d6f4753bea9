package io.aiplatform.security;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shape of the plugin: a core that knows nothing of Maven (the Mojos read Maven state into
 * plain objects and call it), core packages that depend on each other in one direction only, and
 * nothing in the root package of the core.
 */
class ArchitectureTest {

    static JavaClasses plugin;

    @BeforeAll
    static void importClasses() {
        plugin = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.aiplatform.security");
    }

    @Test
    void theCoreKnowsNothingOfMaven() {
        noClasses().that().resideInAPackage("io.aiplatform.security.core..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.maven..")
                .because("the core is testable with plain JUnit and no Maven runtime; only the Mojos read Maven")
                .check(plugin);
    }

    @Test
    void corePackagesFormNoCycle() {
        slices().matching("io.aiplatform.security.core.(**)").should().beFreeOfCycles().check(plugin);
    }

    @Test
    void theRootPackageOfTheCoreHoldsNothing() {
        noClasses().should().resideInAPackage("io.aiplatform.security.core")
                .because("entry points live in core.command and shared helpers in the leaf core.support")
                .check(plugin);
    }

    @Test
    void theSharedHelpersAreALeaf() {
        classes().that().resideInAPackage("io.aiplatform.security.core.support..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("io.aiplatform.security.core.support..", "java..")
                .check(plugin);
    }
}
