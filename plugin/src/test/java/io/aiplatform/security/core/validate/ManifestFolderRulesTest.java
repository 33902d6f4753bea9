package io.aiplatform.security.core.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aiplatform.security.core.validate.rules.RuleRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rules as they meet any folder of manifests: roles every cluster has, aggregated ClusterRoles, Secret data that is no
 * credential, moving image tags, objects defined twice.
 */
class ManifestFolderRulesTest {

    @TempDir
    Path dir;

    private List<String> run(String ruleId, String yaml) throws Exception {
        Path file = dir.resolve("m.yaml");
        Files.writeString(file, yaml);
        return RuleRegistryTest.run(RuleRegistry.byId(ruleId).orElseThrow(), file, null).stream()
                .map(f -> f.object() + ": " + f.message()).toList();
    }

    @Test
    void aBindingToARoleOfTheBootstrapPolicyDanglesOnlyOutsideItsNamespace() throws Exception {
        String binding = """
                apiVersion: rbac.authorization.k8s.io/v1
                kind: RoleBinding
                metadata: {name: reader, namespace: NS}
                roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: extension-apiserver-authentication-reader}
                subjects: [{kind: ServiceAccount, name: default, namespace: app}]
                """;
        assertEquals(List.of(), run("RBAC-BINDING-DANGLING", binding.replace("NS", "kube-system")));
        assertEquals(List.of("RoleBinding/app/reader: refers to Role extension-apiserver-authentication-reader, which is not"
                + " among the manifests"), run("RBAC-BINDING-DANGLING", binding.replace("NS", "app")));
        assertEquals(List.of("RoleBinding/kube-system/reader: refers to Role extension-apiserver-authentication-readers,"
                        + " which is not among the manifests"),
                run("RBAC-BINDING-DANGLING", binding.replace("NS", "kube-system").replace("reader}", "readers}")));
    }

    @Test
    void aggregatedClusterRolesAreNotUnboundButOtherClusterRolesAre() throws Exception {
        String roles = """
                apiVersion: rbac.authorization.k8s.io/v1
                kind: ClusterRole
                metadata: {name: aggregating}
                aggregationRule: {clusterRoleSelectors: [{matchLabels: {team: a}}]}
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: ClusterRole
                metadata: {name: to-edit, labels: {rbac.authorization.k8s.io/aggregate-to-edit: "true"}}
                rules: []
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: ClusterRole
                metadata: {name: plain, labels: {team: a}}
                rules: []
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: Role
                metadata: {name: labelled, namespace: app, labels: {rbac.authorization.k8s.io/aggregate-to-edit: "true"}}
                rules: []
                """;
        assertEquals(List.of("ClusterRole/plain: is bound by no RoleBinding or ClusterRoleBinding",
                "Role/app/labelled: is bound by no RoleBinding or ClusterRoleBinding"), run("RBAC-ROLE-UNBOUND", roles));
    }

    @Test
    void secretDataIsAnErrorOnlyWhenItLooksLikeACredentialAndNoValueIsPrinted() throws Exception {
        String secrets = """
                apiVersion: v1
                kind: Secret
                metadata: {name: config, namespace: app}
                stringData: {alertmanager.yml: "receivers: []", TZ: Europe/Amsterdam, URL: "https://hooks.example.com/x"}
                ---
                apiVersion: v1
                kind: Secret
                metadata: {name: creds, namespace: app}
                stringData:
                  apiKey: "plain-words"
                  session: "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"
                  broker: "amqp://guest:Gu3stPass@rabbit:5672"
                  random: "q8Zr2LmX91vKp0Tw7YbN4sEd"
                  pem: |
                    -----BEGIN RSA PRIVATE KEY-----
                    MIIBOgIBAAJBAKj34GkxFhD90vcNLYLInFEX6Ppy1tPf9Cnzj4p4WGeKLs1Pt8Qu
                    -----END RSA PRIVATE KEY-----
                  note: "hello world"
                """;
        List<String> errors = run("SECRET-IN-MANIFESTS", secrets);
        assertEquals(List.of("Secret/app/creds: holds credentials in a manifest meant for Git (apiKey: its name says"
                + " credential; broker: it holds a URL with a password; pem: it holds a PEM private key; random: it is a long"
                + " random-looking string; session: it holds a JSON Web Token)"), errors);
        List<String> warnings = run("SECRET-DATA-IN-MANIFESTS", secrets);
        assertEquals(List.of("Secret/app/config: holds data in a manifest meant for Git (TZ, URL, alertmanager.yml),"
                + " none of it credential-like"), warnings);
        for (String value : List.of("plain-words", "Gu3stPass", "q8Zr2LmX91vKp0Tw7YbN4sEd", "MIIBOgIBAAJB", "eyJhbGci",
                "Europe/Amsterdam", "hooks.example.com")) {
            assertFalse(errors.toString().contains(value) || warnings.toString().contains(value), value);
        }
    }

    @Test
    void aSecretOfACredentialTypeIsAnErrorWhateverItsKeys() throws Exception {
        List<String> errors = run("SECRET-IN-MANIFESTS", """
                apiVersion: v1
                kind: Secret
                metadata: {name: pull, namespace: app}
                type: kubernetes.io/dockerconfigjson
                data: {.dockerconfigjson: e30=}
                """);
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).contains(".dockerconfigjson: its type is kubernetes.io/dockerconfigjson"), errors.get(0));
    }

    @Test
    void aRollingTagIsMutableEvenWhenPulledAlways() throws Exception {
        String deployment = """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: api, namespace: app}
                spec:
                  selector: {matchLabels: {app: api}}
                  template:
                    metadata: {labels: {app: api}}
                    spec:
                      containers: [{name: api, image: "registry.example/api:TAG", imagePullPolicy: Always}]
                """;
        assertEquals(List.of("Deployment/app/api: container api runs image registry.example/api:java25-latest (tag"
                + " java25-latest, which moves, no digest): what runs changes without a change to the manifest"),
                run("IMAGE-MUTABLE-TAG", deployment.replace("TAG", "java25-latest")));
        assertEquals(1, run("IMAGE-MUTABLE-TAG", deployment.replace("TAG", "1.4.0-SNAPSHOT")).size());
        assertEquals(List.of(), run("IMAGE-MUTABLE-TAG", deployment.replace("TAG", "1.4.0")));
    }

    @Test
    void anObjectDefinedTwiceIsAnErrorNamingTheFirstDefinition() throws Exception {
        List<String> hits = run("DUPLICATE-OBJECT", """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: api, namespace: app}
                ---
                apiVersion: v1
                kind: Service
                metadata: {name: api, namespace: app}
                ---
                apiVersion: apps/v1beta2
                kind: Deployment
                metadata: {name: api, namespace: app}
                """);
        assertEquals(1, hits.size(), hits.toString());
        assertTrue(hits.get(0).startsWith("Deployment/app/api: is defined again here; the first definition is at "), hits.get(0));
        assertTrue(hits.get(0).endsWith("m.yaml:1, and kubectl apply keeps whichever comes last"), hits.get(0));
    }

    @Test
    void aNullElementInARoleRuleIsAnErrorNamingWhere() throws Exception {
        assertEquals(List.of("ClusterRole/c: rules[1].apiGroups[1] is null, which the API server reads as \"\" (the core"
                        + " API group)", "ClusterRole/c: rules[1].resources[0] is null, which the API server reads as \"\""),
                run("RBAC-NULL-ELEMENT", """
                        apiVersion: rbac.authorization.k8s.io/v1
                        kind: ClusterRole
                        metadata: {name: c}
                        rules:
                          - {apiGroups: [apps], resources: [deployments], verbs: [get]}
                          - apiGroups: [apps, ~]
                            resources: [~, pods]
                            verbs: [list]
                        """));
    }

    @Test
    void anObjectWithoutNamespaceIsFlaggedUnlessAKustomizationOrThePlatformGivesOne() throws Exception {
        String objects = """
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: settings}
                ---
                apiVersion: example.com/v1
                kind: Widget
                metadata: {name: w}
                ---
                apiVersion: example.com/v1
                kind: Gadget
                metadata: {name: g}
                ---
                apiVersion: apiextensions.k8s.io/v1
                kind: CustomResourceDefinition
                metadata: {name: widgets.example.com}
                spec: {group: example.com, scope: Namespaced, names: {kind: Widget, plural: widgets}, versions: []}
                """;
        Path app = Files.createDirectories(dir.resolve("overlay/app"));
        Path file = app.resolve("m.yaml");
        Files.writeString(file, objects);
        var rule = RuleRegistry.byId("NAMESPACE-UNSET").orElseThrow();
        assertEquals(List.of("ConfigMap/settings", "Widget/w"),
                RuleRegistryTest.run(rule, file, null, null).stream().map(f -> f.object()).toList());
        assertEquals(List.of(), RuleRegistryTest.run(rule, file, null, "shop"), "the platform namespace is given");
        Files.writeString(dir.resolve("overlay/kustomization.yaml"), "namespace: shop\nresources: [app]\n");
        assertEquals(List.of(), RuleRegistryTest.run(rule, file, null, null), "a kustomization above sets it");
    }
}
