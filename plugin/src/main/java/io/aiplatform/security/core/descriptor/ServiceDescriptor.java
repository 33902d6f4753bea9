package io.aiplatform.security.core.descriptor;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The parsed content of a module's {@code src/main/ai-security/service.yaml}. Fields the file
 * leaves out are null (name, role, labels, automount) or empty; defaults are applied when the
 * service graph is built, because some depend on the module (the name defaults to the artifactId).
 *
 * @param nameLine the line of {@code name:}, or 0 when the file gives no name
 * @param peers    ports the service's replicas use to reach each other (clustering, replication)
 */
public record ServiceDescriptor(
        Path file,
        String name,
        ServiceRole role,
        List<PortSpec> ports,
        Map<String, String> labels,
        List<ProvidedProduct> provides,
        List<CallSpec> calls,
        IngressSpec ingress,
        List<EgressSpec> egress,
        List<ObjectAccess> secrets,
        List<ObjectAccess> configMaps,
        List<ApiAccess> kubernetesApi,
        Map<String, String> serviceAccountAnnotations,
        Boolean automountServiceAccountToken,
        List<ExclusionSpec> exclude,
        List<ScrapeSpec> scrapes,
        Map<String, String> suppress,
        int nameLine,
        List<PortRef> peers) {

    public ServiceDescriptor {
        ports = List.copyOf(ports);
        labels = labels == null ? null : Map.copyOf(labels);
        provides = List.copyOf(provides);
        calls = List.copyOf(calls);
        egress = List.copyOf(egress);
        secrets = List.copyOf(secrets);
        configMaps = List.copyOf(configMaps);
        kubernetesApi = List.copyOf(kubernetesApi);
        serviceAccountAnnotations = Map.copyOf(serviceAccountAnnotations);
        exclude = List.copyOf(exclude);
        scrapes = List.copyOf(scrapes);
        suppress = Map.copyOf(suppress);
        peers = peers == null ? List.of() : List.copyOf(peers);
    }

    /** This descriptor with {@code ports} (a port the service's configuration gives, when the file gives none). */
    public ServiceDescriptor withPorts(List<PortSpec> newPorts) {
        return new ServiceDescriptor(file, name, role, newPorts, labels, provides, calls, ingress, egress, secrets,
                configMaps, kubernetesApi, serviceAccountAnnotations, automountServiceAccountToken, exclude, scrapes,
                suppress, nameLine, peers);
    }

    /** This descriptor with the line its service is named on (an entry of a platform file). */
    public ServiceDescriptor withNameLine(int line) {
        return new ServiceDescriptor(file, name, role, ports, labels, provides, calls, ingress, egress, secrets,
                configMaps, kubernetesApi, serviceAccountAnnotations, automountServiceAccountToken, exclude, scrapes,
                suppress, line, peers);
    }

    /** A descriptor with every field left to its default. */
    public static ServiceDescriptor empty(Path file) {
        return new ServiceDescriptor(file, null, null, List.of(), null, List.of(), List.of(), IngressSpec.NONE,
                List.of(), List.of(), List.of(), List.of(), Map.of(), null, List.of(), List.of(), Map.of(), 0, List.of());
    }
}
