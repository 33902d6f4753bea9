package io.aiplatform.security;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The shape of the plugin: a core that knows nothing of Maven (the Mojos read Maven state into
 * plain objects and call it), core packages that depend on each other in one direction only, a
 * validator that shares the layer's conventions with the generator through the leaf
 * {@code core.convention} instead of depending on the generator, and nothing in the root package of
 * the core. The plugin's classes are imported once for all rules.
 */
class ArchitectureTest {

    private static final String CORE = "io.aiplatform.security.core..";

    private static final JavaClasses PLUGIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.aiplatform.security");

    @Test
    void theCoreKnowsNothingOfMaven() {
        noClasses().that().resideInAPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.maven..", "org.codehaus.plexus..",
                        "org.eclipse.aether..", "io.aiplatform.security.maven..")
                .because("the core is testable with plain JUnit and no Maven runtime; only the Mojos read Maven")
                .check(PLUGIN);
    }

    @Test
    void validationDoesNotDependOnGeneration() {
        noClasses().that().resideInAPackage("io.aiplatform.security.core.validate..")
                .should().dependOnClassesThat().resideInAnyPackage("io.aiplatform.security.core.generate..",
                        "io.aiplatform.security.core.layer..", "io.aiplatform.security.core.helm..",
                        "io.aiplatform.security.core.verify..", "io.aiplatform.security.core.rotate..",
                        "io.aiplatform.security.core.command..")
                .because("the validator checks any layer, hand-written ones included; what it shares with the"
                        + " generator (labels, names, folders, the kube-dns peer, the placeholder key, Pod Security"
                        + " levels) lives in core.convention")
                .check(PLUGIN);
    }

    @Test
    void corePackagesFormNoCycle() {
        slices().matching("io.aiplatform.security.core.(**)").should().beFreeOfCycles().check(PLUGIN);
    }

    @Test
    void theRootPackageOfTheCoreHoldsNothing() {
        noClasses().should().resideInAPackage("io.aiplatform.security.core")
                .because("entry points live in core.command and shared helpers in the leaf core.support")
                .check(PLUGIN);
    }

    @Test
    void theSharedHelpersAreALeaf() {
        classes().that().resideInAPackage("io.aiplatform.security.core.support..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("io.aiplatform.security.core.support..", "java..")
                .check(PLUGIN);
    }

    @Test
    void theConventionsAreALeaf() {
        classes().that().resideInAPackage("io.aiplatform.security.core.convention..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("io.aiplatform.security.core.convention..",
                        "java..")
                .check(PLUGIN);
    }
}
