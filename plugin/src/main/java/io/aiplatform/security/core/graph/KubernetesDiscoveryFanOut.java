package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.derive.ConfigKeys;
import io.aiplatform.security.core.derive.ConfigValue;
import io.aiplatform.security.core.derive.DeploymentContainers;
import io.aiplatform.security.core.derive.KubernetesDiscovery;
import io.aiplatform.security.core.derive.ModuleConfiguration;
import io.aiplatform.security.core.descriptor.ServiceRole;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Servers that call what their registry lists ({@link RegistryFanOut}: Spring Boot Admin, Zuul, a gateway's
 * discovery locator) whose registry is Spring Cloud Kubernetes' discovery client: it lists the Kubernetes Services
 * of the namespace, only those carrying every label of {@code spring.cloud.kubernetes.discovery.service-labels}
 * when set (the Services of the repository's manifests), so the server calls the services behind them. A
 * {@code namespaces} list without the platform's namespace lists none of the platform's services. A router (Zuul,
 * a gateway's discovery locator) forwards HTTP requests, so the databases and brokers the discovery lists too are no
 * route of it; Spring Boot Admin polls every listed Service, those included.
 */
final class KubernetesDiscoveryFanOut extends NamedSource {

    KubernetesDiscoveryFanOut() {
        super("kubernetes discovery servers", PomDependencies::dependencyInputs, ConfiguredHosts::configurationInputs,
                ServiceResolution::deploymentInputs, ServiceResolution::namespaceInput, JavaSourceHosts::sourceInputs);
    }

    @Override
    public void derive(Service s, Derivation d) {
        ModuleConfiguration config = d.configuration(s);
        Optional<ModuleDependency> client = client(s);
        if (client.isEmpty() || KubernetesDiscovery.disabled(config) || !ownNamespaceListed(config, d)) {
            return;
        }
        String why = RegistryFanOut.why(s, config, d.project); // asked last: it may look through the Java sources
        if (why == null) {
            return;
        }
        String discovery = why + "Kubernetes discovery: " + PomDependencies.where(d, s, client.get())
                + " declares " + client.get().key() + "; ";
        Map<String, ConfigValue> labels = KubernetesDiscovery.serviceLabels(config);
        DeploymentContainers deployment = ServiceContainers.of(d).deployment();
        boolean router = !RegistryFanOut.readsActuators(s);
        for (Service t : d.services().values()) {
            if (t == s || router && speaksNoHttp(t)) {
                continue;
            }
            if (labels.isEmpty()) {
                d.edge(s, t, t.callPorts(), discovery + "it lists every Service of the namespace)");
            } else if (carries(deployment.serviceLabels(t.name()), labels)) {
                d.edge(s, t, t.callPorts(), discovery + "it lists the Services labelled " + describe(labels, d)
                        + ", as Service " + t.name() + " is (" + shownAt(deployment.serviceLabels(t.name()), d) + "))");
            }
        }
    }

    /** Whether {@code t} is a database or a broker, which an HTTP router does not forward requests to. */
    private static boolean speaksNoHttp(Service t) {
        return t.role() == ServiceRole.DATABASE || t.role() == ServiceRole.BROKER;
    }

    /** The dependency of {@code s}'s runtime classpath that brings the Kubernetes discovery client. */
    private static Optional<ModuleDependency> client(Service s) {
        return s.module().dependencies().stream().filter(ModuleDependency::onRuntimeClasspath)
                .filter(dep -> KubernetesDiscovery.isClient(dep.groupId() + ":" + dep.artifactId())
                        || dep.brings().stream().anyMatch(KubernetesDiscovery::isClient)).findFirst();
    }

    /** Whether the discovery lists the platform's namespace (its own, all, or a list that holds it). */
    private static boolean ownNamespaceListed(ModuleConfiguration config, Derivation d) {
        List<String> namespaces = KubernetesDiscovery.namespaces(config);
        return namespaces.isEmpty() || namespaces.contains("*") || d.project.namespace() == null
                || namespaces.contains(d.project.namespace());
    }

    /** Whether a Service's labels hold every wanted label (keys compared in their relaxed form, values as text). */
    private static boolean carries(Map<String, ConfigValue> service, Map<String, ConfigValue> wanted) {
        return !service.isEmpty() && wanted.entrySet().stream().allMatch(w -> service.entrySet().stream()
                .anyMatch(l -> ConfigKeys.same(l.getKey(), w.getKey())
                        && unquoted(l.getValue().value()).equals(unquoted(w.getValue().value()))));
    }

    private static String unquoted(String value) {
        return value.strip().replaceAll("^[\"']|[\"']$", "");
    }

    private static String describe(Map<String, ConfigValue> labels, Derivation d) {
        return String.join(", ", labels.entrySet().stream().map(e -> e.getKey() + "=" + unquoted(e.getValue().value())
                + " (" + e.getValue().where(d::shown) + ")").toList());
    }

    private static String shownAt(Map<String, ConfigValue> labels, Derivation d) {
        ConfigValue first = labels.values().iterator().next();
        return d.project.shown(first.file()) + ":" + first.line();
    }
}
