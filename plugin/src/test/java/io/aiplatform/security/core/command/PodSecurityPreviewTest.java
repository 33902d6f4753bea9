package io.aiplatform.security.core.command;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.aiplatform.security.core.Fixtures;
import io.aiplatform.security.core.generate.PlatformSettings;
import io.aiplatform.security.core.generate.PodSecurity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** generate-security names the repository's own workloads that the Pod Security level it writes would reject. */
class PodSecurityPreviewTest {

    @TempDir
    Path dir;

    private static final String WORKLOADS = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: api}
            spec:
              selector: {matchLabels: {app: api}}
              template:
                metadata: {labels: {app: api}}
                spec:
                  containers: [{name: api, image: "registry.example/api:1.0"}]
            ---
            apiVersion: apps/v1
            kind: DaemonSet
            metadata: {name: agent, namespace: shop}
            spec:
              selector: {matchLabels: {app: agent}}
              template:
                metadata: {labels: {app: agent}}
                spec:
                  hostNetwork: true
                  securityContext: {runAsNonRoot: true, seccompProfile: {type: RuntimeDefault}}
                  containers:
                    - name: agent
                      image: "registry.example/agent:1.0"
                      securityContext: {allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}}
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: elsewhere, namespace: other}
            spec:
              selector: {matchLabels: {app: x}}
              template:
                metadata: {labels: {app: x}}
                spec:
                  containers: [{name: x, image: "registry.example/x:1.0"}]
            """;

    private List<String> notes(String level) throws Exception {
        Files.createDirectories(dir.resolve("k8s"));
        Files.writeString(dir.resolve("k8s/workloads.yaml"), WORKLOADS);
        Fixtures shop = new Fixtures(dir.resolve("src")).service("api", "role: api\nports: [{port: 8080}]\n");
        GenerateRequest request = GenerateRequest.builder(dir).modules(shop.modules())
                .platform(new PlatformSettings("shop", "shop", true, true, Map.of(), List.of(), List.of(),
                        PodSecurity.of(level, "v1.33")))
                .keyEnv("KEY").outputDirectory(dir.resolve("out")).build();
        return new GenerateCommand().run(request).notes().stream().filter(n -> n.contains("Pod Security")).toList();
    }

    @Test
    void restrictedNamesEachWorkloadOfTheNamespaceWithWhatItForbids() throws Exception {
        List<String> notes = notes("restricted");
        assertEquals(2, notes.size(), notes.toString());
        assertEquals(true, notes.get(0).startsWith("DaemonSet/shop/agent (k8s/workloads.yaml:11) would be rejected by Pod"
                + " Security restricted, which the generated Namespace shop enforces: "), notes.get(0));
        assertEquals(true, notes.get(0).contains("hostNetwork"), notes.get(0));
        assertEquals(true, notes.get(1).startsWith("Deployment/api (k8s/workloads.yaml:1) would be rejected by Pod Security"
                + " restricted"), notes.get(1));
        assertEquals(true, notes.get(1).endsWith("(harden it, or choose the level with -Dai-security.podSecurity)"),
                notes.get(1));
    }

    @Test
    void baselineNamesOnlyWhatBaselineForbidsAndNoneOrPrivilegedNothing() throws Exception {
        List<String> baseline = notes("baseline");
        assertEquals(1, baseline.size(), baseline.toString());
        assertEquals(true, baseline.get(0).startsWith("DaemonSet/shop/agent"), baseline.get(0));
        assertEquals(List.of(), notes("privileged"));
        assertEquals(List.of(), notes("none"));
    }

    @Test
    void aWorkloadThatSeveralFilesDeployTheSameWayIsNamedOnceWithItsOtherFiles() throws Exception {
        String api = WORKLOADS.substring(0, WORKLOADS.indexOf("---"));
        Files.createDirectories(dir.resolve("k8s"));
        for (String variant : List.of("kubernetes", "minikube", "openshift", "knative", "kind")) {
            Files.writeString(dir.resolve("k8s/" + variant + ".yaml"), api);
        }
        Files.writeString(dir.resolve("k8s/hardened.yaml"), api.replace("containers: [{name: api,",
                "hostNetwork: true\n      containers: [{name: api,"));
        Fixtures shop = new Fixtures(dir.resolve("src")).service("api", "role: api\nports: [{port: 8080}]\n");
        GenerateRequest request = GenerateRequest.builder(dir).modules(shop.modules())
                .platform(new PlatformSettings("shop", "shop", true, true, Map.of(), List.of(), List.of(),
                        PodSecurity.of("restricted", "v1.33")))
                .keyEnv("KEY").outputDirectory(dir.resolve("out")).build();
        List<String> notes = new GenerateCommand().run(request).notes().stream()
                .filter(n -> n.contains("Pod Security")).toList();
        assertEquals(2, notes.size(), notes.toString());
        assertEquals(true, notes.get(0).startsWith("Deployment/api (k8s/hardened.yaml:1) would be rejected"), notes.get(0));
        assertEquals(true, notes.get(0).contains("hostNetwork"), notes.get(0));
        assertEquals(true, notes.get(1).startsWith("Deployment/api (k8s/kind.yaml:1, and the same in 4 other files:"
                + " k8s/knative.yaml:1, k8s/kubernetes.yaml:1, k8s/minikube.yaml:1, ...) would be rejected by Pod Security"
                + " restricted"), notes.get(1));
    }
}
