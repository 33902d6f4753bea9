package io.aiplatform.security;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.aiplatform.security.core.generate.ExternalSecretsSettings;
import io.aiplatform.security.core.generate.OutputFormat;
import io.aiplatform.security.core.generate.PlatformSettings;
import io.aiplatform.security.core.generate.PodSecurity;
import io.aiplatform.security.core.graph.FrameworkVersions;
import io.aiplatform.security.core.graph.Location;
import io.aiplatform.security.core.graph.Module;
import io.aiplatform.security.core.graph.ModuleDependency;
import io.aiplatform.security.core.graph.Omission;
import io.aiplatform.security.core.graph.ServiceGraph;
import io.aiplatform.security.core.io.DriftCheck;
import io.aiplatform.security.core.io.OwnedFolder;
import io.aiplatform.security.core.io.SecurityLayer;
import io.aiplatform.security.core.rotate.RotationPlan;
import io.aiplatform.security.core.validate.FailOn;
import io.aiplatform.security.core.validate.Finding;
import io.aiplatform.security.core.validate.Severity;
import io.aiplatform.security.core.validate.Stage;
import io.aiplatform.security.core.validate.Suppression;
import io.aiplatform.security.core.validate.ValidationReport;
import org.junit.jupiter.api.Test;

/**
 * The shape of the plugin: a core that knows nothing of Maven (the Mojos read Maven state into
 * requests and run the core's commands), core packages that depend on each other in one direction only, a
 * validator that shares the layer's conventions with the generator through the leaf
 * {@code core.convention} instead of depending on the generator, and nothing in the root package of
 * the core.
 *
 * <p>The plugin's classes are imported once, for all rules; classes outside them (the JDK, Maven,
 * libraries) stay stubs known by name ({@code archunit.properties}), which halves the import.
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

    /**
     * The values a Mojo puts into a request or reads from a result: the only core types outside
     * {@code core.command}, {@code core.support} and {@code core.convention} a Mojo may name. No generator,
     * reader, writer, validation stage or catalog is among them, nor the up-to-date stamp: the Mojos run,
     * stamp and replay through {@code core.command.StampedRun}.
     */
    private static final Class<?>[] REQUEST_AND_RESULT_VALUES = {
            PlatformSettings.class, PodSecurity.class, OutputFormat.class,
            ExternalSecretsSettings.class, FailOn.class, Module.class, ModuleDependency.class, FrameworkVersions.class,
            Location.class,
            OwnedFolder.Project.class, ServiceGraph.class, Omission.class, SecurityLayer.class,
            DriftCheck.Difference.class, RotationPlan.class, ValidationReport.class, Finding.class, Severity.class,
            Stage.class, Suppression.class};

    @Test
    void theMojosReachTheCoreOnlyThroughItsCommands() {
        noClasses().that().resideInAPackage("io.aiplatform.security.maven..")
                .should().dependOnClassesThat(resideInAPackage(CORE)
                        .and(not(resideInAnyPackage("io.aiplatform.security.core.command..",
                                "io.aiplatform.security.core.support..", "io.aiplatform.security.core.convention..")))
                        .and(not(belongToAnyOf(REQUEST_AND_RESULT_VALUES))))
                .because("a Mojo reads Maven state into a request and runs a command; what the commands use to"
                        + " do their work is the core's to reshape")
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
