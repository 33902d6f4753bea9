package io.aiplatform.security.core.derive;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import io.aiplatform.security.core.support.LargeStack;
import io.aiplatform.security.core.support.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A Spring Cloud Gateway discovery locator that a service's Java sources declare themselves: a {@code @Bean} method
 * returning, or creating, {@code org.springframework.cloud.gateway.discovery.DiscoveryClientRouteDefinitionLocator}.
 * Spring Cloud Gateway documents the "DiscoveryClient Route Definition Locator" as the one that creates a route
 * {@code lb://<service-id>} for every service of the {@code DiscoveryClient}; the property
 * {@code spring.cloud.gateway.discovery.locator.enabled=true} only makes its auto-configuration declare that bean, and
 * the gateway's composite locator takes every {@code RouteDefinitionLocator} bean, so a bean declared in code routes
 * the same way. The class is named as the file's import resolves it (single-type, or the package's wildcard), or fully
 * qualified; a class of that simple name from another package is not the gateway's.
 */
public final class GatewayLocatorBeans {

    static final String CLASS = "DiscoveryClientRouteDefinitionLocator";
    static final String PACKAGE = "org.springframework.cloud.gateway.discovery";

    private GatewayLocatorBeans() {
    }

    /**
     * Where the sources below {@code sources} declare the locator ({@code GatewayApplication.java:18 @Bean locator()
     * returns DiscoveryClientRouteDefinitionLocator}), the first such method in file order; empty when none does or
     * the folder does not exist. Files not parsed are warnings to {@code warnings}.
     */
    public static Optional<String> declared(Path sources, Function<Path, String> shown, Consumer<Problem> warnings) {
        if (sources == null || !Files.isDirectory(sources)) {
            return Optional.empty();
        }
        return LargeStack.call("gateway-locator-beans", () -> {
            JavaSourceFiles javaFiles = new JavaSourceFiles(warnings);
            for (Path file : javaFiles.files(sources)) {
                Optional<String> found = javaFiles.parse(file, text -> text.contains(CLASS))
                        .flatMap(unit -> declaredIn(unit, shown.apply(file)));
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.empty();
        });
    }

    /** The first {@code @Bean} method of {@code unit} (shown as {@code file}) that returns or creates the locator. */
    static Optional<String> declaredIn(CompilationUnit unit, String file) {
        for (MethodDeclaration m : unit.findAll(MethodDeclaration.class)) {
            if (m.getAnnotationByName("Bean").isEmpty()) {
                continue;
            }
            String how = isLocator(m.getType().isClassOrInterfaceType()
                    ? m.getType().asClassOrInterfaceType() : null, unit) ? "returns "
                    : m.findAll(ObjectCreationExpr.class).stream().anyMatch(n -> isLocator(n.getType(), unit))
                    ? "creates " : null;
            if (how != null) {
                return Optional.of(file + ":" + m.getBegin().map(p -> p.line).orElse(0) + " @Bean "
                        + m.getNameAsString() + "() " + how + CLASS);
            }
        }
        return Optional.empty();
    }

    /** Whether {@code type} is the gateway's locator class, as the file names it. */
    private static boolean isLocator(ClassOrInterfaceType type, CompilationUnit unit) {
        if (type == null || !type.getNameAsString().equals(CLASS)) {
            return false;
        }
        if (type.getScope().isPresent()) {
            return type.getScope().get().asString().equals(PACKAGE);
        }
        for (ImportDeclaration i : unit.getImports()) {
            if (i.isStatic()) {
                continue;
            }
            String name = i.getNameAsString();
            if (i.isAsterisk() ? name.equals(PACKAGE) : name.equals(PACKAGE + "." + CLASS)) {
                return true;
            }
        }
        return false;
    }
}
