package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.derive.ClientUseSites;
import io.aiplatform.security.core.derive.CodeUsedClients;
import io.aiplatform.security.core.derive.ConfigKeys;
import io.aiplatform.security.core.derive.ConfigValue;
import io.aiplatform.security.core.derive.JavaSourceReferences;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Client libraries on a service's classpath that open no connection because its code never uses them
 * ({@link CodeUsedClients}): Spring for Apache Kafka brought by a shared library module into a service that neither
 * sends nor listens. A product counts as unused when every library of it on the runtime classpath is one that connects
 * only when used, the service has Java sources of its own (and no Kotlin, Groovy or Scala ones), and neither they nor
 * the sources of the reactor's library modules it runs with ({@link LibraryModuleSources}) show a use, nor does its
 * configuration create a binding ({@code spring.cloud.function.definition}). A use in an abstract class or an interface
 * counts only when a class of those sources extends or implements it ({@code BaseKafkaListenerConfig} in a library
 * counts for the service whose configuration class extends it). A library the catalog lists as keeping the connection
 * ({@code micronaut-management}, whose health check connects to Kafka) on the classpath leaves the product connected.
 */
final class UnusedClientLibraries {

    /** Source folders of other JVM languages, whose uses are not read: a module with one keeps its connections. */
    private static final List<String> OTHER_SOURCES = List.of("src/main/kotlin", "src/main/groovy", "src/main/scala");

    private UnusedClientLibraries() {
    }

    /** The folders of other JVM languages' sources of every service module (their presence decides). */
    static void otherSourceInputs(DerivationProject project, DeclaredInputs inputs) {
        for (Module m : project.serviceModules()) {
            if (m.directory() != null) {
                OTHER_SOURCES.forEach(folder -> inputs.file("other jvm sources", m.directory().resolve(folder)));
            }
        }
    }

    /**
     * Why {@code a}'s client libraries of {@code product} open no connection ("org.springframework.kafka:spring-kafka
     * connects only when the code uses it, and no Java source of search or of its library modules (common) does"), or
     * empty when they connect or nothing tells.
     */
    static Optional<String> whyUnused(Service a, String product, Derivation d) {
        Optional<CodeUsedClients.Uses> gated = CodeUsedClients.of(product);
        Optional<Set<String>> classpath = ServiceClasspath.of(a, d.platform);
        if (gated.isEmpty() || classpath.isEmpty() || !d.reading(a).java().sources()
                || gated.get().keeps().stream().anyMatch(classpath.get()::contains)) {
            return Optional.empty();
        }
        Set<String> libraries = new TreeSet<>();
        for (String library : classpath.get()) {
            if (d.catalog().productOf(library).filter(product::equals).isPresent()) {
                if (!gated.get().libraries().contains(library)) {
                    return Optional.empty(); // a library of the product that connects whatever the code does
                }
                libraries.add(library);
            }
        }
        if (libraries.isEmpty() || configured(a, gated.get(), d) || otherSources(a.module())) {
            return Optional.empty(); // the folders looked up last: a file-system call per service and product
        }
        List<JavaSourceReferences.Result> sources = new ArrayList<>(List.of(d.reading(a).java()));
        sources.addAll(LibraryModuleSources.of(a, d));
        Set<String> extended = new HashSet<>();
        sources.forEach(r -> extended.addAll(r.clientUses().extended()));
        List<ClientUseSites.Site> unextended = new ArrayList<>();
        for (JavaSourceReferences.Result r : sources) {
            for (ClientUseSites.Site site : r.clientUses().sites()) {
                if (!site.product().equals(product)) {
                    continue;
                }
                if (site.concrete() || extended.contains(site.owner())) {
                    return Optional.empty();
                }
                unextended.add(site);
            }
        }
        return Optional.of(reason(a, libraries, unextended, d));
    }

    /**
     * The libraries of {@code a}'s classpath, without those of the products its code never uses ({@link #whyUnused});
     * empty when the classpath is unknown.
     */
    static Optional<Set<String>> used(Service a, Derivation d) {
        Optional<Set<String>> classpath = ServiceClasspath.of(a, d.platform);
        if (classpath.isEmpty()) {
            return classpath;
        }
        Set<String> used = new LinkedHashSet<>();
        Set<String> unusedProducts = new HashSet<>();
        Set<String> usedProducts = new HashSet<>();
        for (String library : classpath.get()) {
            Optional<String> product = d.catalog().productOf(library);
            if (product.isPresent() && !usedProducts.contains(product.get())
                    && (unusedProducts.contains(product.get()) || whyUnused(a, product.get(), d).isPresent())) {
                unusedProducts.add(product.get());
                continue;
            }
            product.ifPresent(usedProducts::add);
            used.add(library);
        }
        return Optional.of(used);
    }

    private static boolean configured(Service a, CodeUsedClients.Uses uses, Derivation d) {
        if (uses.keys().isEmpty()) {
            return false;
        }
        List<String> prefixes = uses.keys().stream().map(ConfigKeys::uniform).toList();
        for (ConfigValue v : d.configuration(a).all()) {
            String key = ConfigKeys.uniform(v.key()); // once per key, not once per prefix
            for (String prefix : prefixes) {
                if (ConfigKeys.underUniform(key, prefix)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean otherSources(Module m) {
        return m.directory() != null && OTHER_SOURCES.stream().anyMatch(f -> Files.isDirectory(m.directory().resolve(f)));
    }

    private static String reason(Service a, Set<String> libraries, List<ClientUseSites.Site> unextended, Derivation d) {
        List<String> modules = LibraryModuleSources.modules(a, d).stream().map(Module::artifactId).toList();
        StringBuilder why = new StringBuilder(String.join(" and ", libraries))
                .append(libraries.size() == 1 ? " connects" : " connect")
                .append(" only when the code uses ").append(libraries.size() == 1 ? "it" : "them")
                .append(", and no Java source of ").append(a.name())
                .append(modules.isEmpty() ? "" : " or of its library modules (" + String.join(", ", modules) + ")")
                .append(" does (no listener, template, topic bean, binding or client of its own)");
        if (!unextended.isEmpty()) {
            ClientUseSites.Site first = unextended.get(0);
            why.append("; ").append(first.shown()).append(" is in ").append(first.owner())
                    .append(", abstract, which no class extends or implements");
        }
        return why.toString();
    }
}
