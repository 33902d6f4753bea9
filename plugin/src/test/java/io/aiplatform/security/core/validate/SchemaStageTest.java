package io.aiplatform.security.core.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.aiplatform.security.core.validate.schema.ApiServerChecks;
import io.aiplatform.security.core.validate.schema.BuiltInSchemaValidator;
import io.aiplatform.security.core.validate.schema.EncryptionConfigStructure;
import io.aiplatform.security.core.validate.schema.KubeconformValidator;
import io.aiplatform.security.core.validate.schema.SchemaLocations;
import io.aiplatform.security.core.validate.schema.SchemaName;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaStageTest {

    @TempDir
    Path dir;

    private List<Manifest> load(String yaml) throws Exception {
        Path f = dir.resolve("m.yaml");
        Files.writeString(f, yaml);
        ManifestLoader.Result r = new ManifestLoader(dir).load(List.of(f));
        assertTrue(r.findings().isEmpty(), r.findings().toString());
        return r.manifests();
    }

    private static String messages(List<Finding> findings) {
        return findings.stream().map(Finding::describe).collect(Collectors.joining("\n"));
    }

    private List<Finding> builtIn(String yaml) throws Exception {
        return new BuiltInSchemaValidator(new SchemaLocations(List.of(), "master"), false).validate(load(yaml));
    }

    @Test
    void builtInValidatorIsStrictWhereFabric8IsLax() throws Exception {
        assertTrue(builtIn("""
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: p, namespace: a}
                spec: {podSelector: {}, policyTypes: [Ingress]}
                """).isEmpty());
        List<Finding> unknown = builtIn("""
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: p, namespace: a}
                spec: {podSelector: {}, policyTyps: [Ingress]}
                """);
        assertEquals(1, unknown.size(), messages(unknown));
        assertTrue(unknown.get(0).message().contains("policyTyps"), messages(unknown));
        assertEquals("NetworkPolicy/a/p", unknown.get(0).object());
        assertEquals(1, unknown.get(0).line());
        List<Finding> wrongType = builtIn("""
                apiVersion: v1
                kind: ServiceAccount
                metadata: {name: 5, namespace: a}
                """);
        assertTrue(messages(wrongType).contains("metadata.name"), messages(wrongType));
        List<Finding> noVerbs = builtIn("""
                apiVersion: rbac.authorization.k8s.io/v1
                kind: Role
                metadata: {name: r, namespace: a}
                rules: [{apiGroups: [""], resources: [pods]}]
                """);
        assertTrue(messages(noVerbs).contains("verbs"), messages(noVerbs));
    }

    @Test
    void aKindWithoutSchemaIsAWarningNamingTheFileToSupplyUnlessIgnored() throws Exception {
        String yaml = "apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w}\n";
        List<Finding> strict = builtIn(yaml);
        assertEquals("SCHEMA-MISSING", strict.get(0).ruleId());
        assertEquals(Severity.WARNING, strict.get(0).severity());
        assertTrue(strict.get(0).remediation().contains("widget-example-v1.json"), strict.get(0).remediation());
        List<Finding> lenient = new BuiltInSchemaValidator(new SchemaLocations(List.of(), "master"), true).validate(load(yaml));
        assertEquals(Severity.INFO, lenient.get(0).severity());
    }

    @Test
    void schemaLocationsAddFoldersInKubeconformsLayout() throws Exception {
        Path schemas = dir.resolve("schemas/master-standalone-strict");
        Files.createDirectories(schemas);
        Files.writeString(schemas.resolve("widget-example-v1.json"), """
                {"type": "object", "required": ["spec"], "properties": {"spec": {"type": "object"}}}
                """);
        String yaml = "apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w}\n";
        List<Finding> findings = new BuiltInSchemaValidator(
                new SchemaLocations(List.of(dir.resolve("schemas").toString()), "master"), false).validate(load(yaml));
        assertEquals(1, findings.size(), messages(findings));
        assertEquals("SCHEMA", findings.get(0).ruleId());
        assertTrue(findings.get(0).message().contains("spec"), messages(findings));
    }

    @Test
    void templatesExpandLikeKubeconform() {
        SchemaName n = SchemaName.of("networking.k8s.io/v1", "NetworkPolicy");
        assertEquals("networkpolicy-networking-v1.json", n.fileName());
        assertEquals("/s/v1.29.0-standalone-strict/networkpolicy-networking-v1.json",
                n.expand(SchemaLocations.template("/s"), "1.29.0", true));
        assertEquals("https://x/networking/NetworkPolicy_v1.json".toLowerCase(), n.expand(
                "https://x/{{ .Group }}/{{.ResourceKind}}_{{ .ResourceAPIVersion }}.json", "master", true)
                .replace("networking.k8s.io", "networking"));
        assertEquals("pod-v1.json", SchemaName.of("v1", "Pod").fileName());
    }

    @Test
    void apiServerRejectsWhatASchemaCannotSay() throws Exception {
        List<Finding> findings = new ApiServerChecks().check(load("""
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: Bad_Name, namespace: a, labels: {"app": "x y"}}
                spec:
                  podSelector: {}
                  ingress:
                    - from:
                        - {}
                        - {ipBlock: {cidr: 10.0.0.0/8, except: [10.0.0.0/8]}, podSelector: {}}
                      ports:
                        - {port: http, endPort: 90}
                        - {port: 100, endPort: 90}
                        - {endPort: 90}
                        - {port: 80, protocol: ICMP}
                """));
        String all = messages(findings);
        for (String expected : List.of("not a DNS-1123 subdomain", "invalid value 'x y'", "sets no field",
                "ipBlock together with a selector", "not a strict subset", "named port 'http'", "below port 100",
                "without port", "'ICMP' is not TCP, UDP or SCTP")) {
            assertTrue(all.contains(expected), "missing '" + expected + "' in\n" + all);
        }
        assertTrue(new ApiServerChecks().check(load("""
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: good, namespace: a, labels: {app: x}}
                spec:
                  podSelector: {}
                  ingress: [{from: [{ipBlock: {cidr: 10.0.0.0/8, except: [10.1.0.0/16]}}], ports: [{port: 80, endPort: 90}]}]
                """)).isEmpty());
    }

    @Test
    void encryptionConfigurationIsCheckedStructurally() throws Exception {
        assertTrue(new EncryptionConfigStructure().check(load("""
                apiVersion: apiserver.config.k8s.io/v1
                kind: EncryptionConfiguration
                resources: [{resources: [secrets], providers: [{secretbox: {keys: [{name: k, secret: s}]}}, {identity: {}}]}]
                """)).isEmpty());
        String all = messages(new EncryptionConfigStructure().check(load("""
                apiVersion: apiserver.config.k8s.io/v1
                kind: EncryptionConfiguration
                resources: [{resources: [secrets], providers: [{secretbox: {}}, {rot13: {}}]}]
                """)));
        assertTrue(all.contains("keys must be a non-empty list") && all.contains("exactly one of"), all);
    }

    @Test
    void kubeconformCommandLineAndJsonOutput() throws Exception {
        KubeconformValidator k = new KubeconformValidator("/opt/kubeconform", new SchemaLocations(List.of("/schemas"),
                "1.30.0"), Path.of("/tmp/bundled"), true, dir);
        assertEquals(List.of("/opt/kubeconform", "-strict", "-summary", "-output", "json", "-kubernetes-version", "1.30.0",
                "-schema-location", "/schemas", "-schema-location", "/tmp/bundled/" + SchemaLocations.LAYOUT,
                "-skip", "EncryptionConfiguration,Kustomization,audit.k8s.io/v1/Policy", "-ignore-missing-schemas", "a.yaml"),
                k.command(List.of(Path.of("a.yaml"))));
        List<Manifest> manifests = load("""
                apiVersion: v1
                kind: ReplicationController
                metadata: {name: bob}
                """);
        String json = """
                {
                  "resources": [
                    {"filename": "m.yaml", "kind": "ReplicationController", "name": "bob", "version": "v1",
                     "status": "statusInvalid", "msg": "problem validating schema",
                     "validationErrors": [{"path": "/spec/replicas", "msg": "expected integer, but got string"}]},
                    {"filename": "m.yaml", "kind": "Widget", "name": "w", "version": "v1", "status": "ERROR",
                     "msg": "could not find schema for Widget"},
                    {"filename": "m.yaml", "kind": "Service", "name": "s", "version": "v1", "status": "statusValid"}
                  ],
                  "summary": {"valid": 1, "invalid": 1, "errors": 1, "skipped": 0}
                }
                """;
        List<Finding> findings = k.parse(json, manifests);
        assertEquals(2, findings.size(), messages(findings));
        assertEquals("SCHEMA", findings.get(0).ruleId());
        assertEquals("/spec/replicas: expected integer, but got string", findings.get(0).message());
        assertEquals("ReplicationController/bob", findings.get(0).object());
        assertEquals(1, findings.get(0).line());
        assertEquals("SCHEMA-MISSING", findings.get(1).ruleId());
        assertEquals(Severity.INFO, findings.get(1).severity());
        // the documented older form: status INVALID with only msg
        List<Finding> old = k.parse("{\"resources\": [{\"filename\": \"m.yaml\", \"kind\": \"ReplicationController\","
                + " \"version\": \"v1\", \"status\": \"INVALID\", \"msg\": \"Additional property templates is not allowed\"}]}", manifests);
        assertEquals("Additional property templates is not allowed", old.get(0).message());
    }

    @Test
    void realKubeconformWhenInstalled() throws Exception {
        String exe = KubeconformValidator.find(System.getProperty("test.kubeconform"));
        assumeTrue(exe != null && Files.isExecutable(Path.of(exe)), "kubeconform is not installed");
        Path bundled = SchemaLocations.extractBundled(dir.resolve("bundled"));
        List<Manifest> manifests = load("""
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: p, namespace: a}
                spec: {podSelector: {}, policyTyps: [Ingress]}
                """);
        List<Finding> findings = new KubeconformValidator(exe, new SchemaLocations(List.of(), "master"), bundled, false, dir)
                .validate(manifests);
        assertEquals(1, findings.size(), messages(findings));
        assertTrue(findings.get(0).message().contains("policyTyps"), messages(findings));
    }

    @Test
    void parseErrorsNameFileAndLine() throws Exception {
        Path f = dir.resolve("broken.yaml");
        Files.writeString(f, "apiVersion: v1\nkind: ConfigMap\n---\nkind: [\n");
        ManifestLoader.Result r = new ManifestLoader(dir).load(List.of(dir));
        assertEquals(1, r.findings().size());
        assertEquals(Path.of("broken.yaml"), r.findings().get(0).file());
        assertTrue(r.findings().get(0).line() >= 4, r.findings().get(0).describe());
    }
}
