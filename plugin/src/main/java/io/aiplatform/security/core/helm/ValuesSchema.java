package io.aiplatform.security.core.helm;

import io.aiplatform.security.core.support.EncryptionProvider;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code values.schema.json}: every switch typed and described, and no room for anything else, so
 * that Helm refuses values that carry a key (e.g. {@code secrets.encryption.secret}) before it
 * renders anything. Helm checks it on install, upgrade, lint and template.
 */
final class ValuesSchema {

    private ValuesSchema() {
    }

    static Map<String, Object> of(Set<String> services) {
        Map<String, Object> accounts = new LinkedHashMap<>();
        for (String service : services) {
            accounts.put(service, closed("ServiceAccount of " + service + ".", map(
                    "create", bool("Create the ServiceAccount; false when it is managed elsewhere (its Role is still bound to it)."),
                    "automountServiceAccountToken", bool("Mount the API token into the service's pods."),
                    "annotations", stringMap("Annotations of the ServiceAccount, e.g. a cloud workload identity."))));
        }
        Map<String, Object> serviceAccounts = closed("One entry per service of the platform.", accounts);

        Map<String, Object> kms = closed("KMS v2 plugin settings (provider kms).", map(
                "apiVersion", map("description", "KMS API version; only v2 is supported.", "enum", List.of("v2")),
                "name", str("Name of the KMS plugin."),
                "endpoint", withPattern(str("gRPC endpoint of the KMS plugin, e.g. unix:///var/run/kmsplugin/socket.sock."),
                        "^$|^unix:///"),
                "timeout", withPattern(str("Timeout of calls to the plugin."), "^$|^[0-9]+(ms|s|m)$")));
        Map<String, Object> encryption = closed("Secrets encryption at rest. The chart renders only"
                + " install notes: the EncryptionConfiguration holds key material and is installed on the API"
                + " servers from the control-plane file, never through the chart.", map(
                "enabled", bool("Show the install notes of the EncryptionConfiguration."),
                "provider", map("description", "Provider written first in the EncryptionConfiguration.",
                        "enum", EncryptionProvider.choices()),
                "keyName", withPattern(str("Name of the key in the EncryptionConfiguration (the key itself is never a value)."),
                        "^[A-Za-z0-9._-]*$"),
                "kms", kms,
                "controlPlaneFile", str("Where generate-security wrote the EncryptionConfiguration, relative to the repository."),
                "apiServerFile", str("Where the API servers read it (--encryption-provider-config).")));
        Map<String, Object> kmsNeedsPlugin = new LinkedHashMap<>();
        kmsNeedsPlugin.put("if", map("properties", map("provider", map("const", EncryptionProvider.KMS.id())), "required", List.of("provider")));
        kmsNeedsPlugin.put("then", map("properties", map("kms", map("properties", map(
                "name", map("minLength", 1), "endpoint", map("minLength", 1))))));
        encryption.put("allOf", List.of(kmsNeedsPlugin));

        Map<String, Object> root = closed(null, map(
                "namespace", withPattern(str("Namespace of every object and ServiceAccount subject; empty: the"
                        + " release's namespace (helm install -n <namespace>)."), "^$|^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"),
                "podSecurity", closed("The platform's Namespace with its Pod Security Admission labels.", map(
                        "namespace", bool("Render the Namespace (enforce, audit and warn at the generated level); false"
                                + " when the namespace is created elsewhere, e.g. helm install --create-namespace."))),
                "networkPolicies", closed("NetworkPolicies of the platform.", map(
                        "enabled", bool("Render every NetworkPolicy."),
                        "defaultDeny", bool("Render default-deny-all (no ingress, no egress for any pod)."),
                        "allowDNS", bool("Render allow-dns (every pod may reach kube-dns on port 53)."),
                        "apiServer", closed("Egress of the services with Kubernetes API permissions and a mounted token"
                                + " to the API server.", map(
                                "endpoints", map("description", "Addresses of the API server as CIDRs (kubectl get"
                                        + " endpoints kubernetes -n default); empty: no such egress is rendered.",
                                        "type", "array", "items", withPattern(str("A CIDR such as 10.0.0.1/32."),
                                                "^[0-9]{1,3}(\\.[0-9]{1,3}){3}/[0-9]{1,2}$|^[0-9a-fA-F:]+/[0-9]{1,3}$")),
                                "ports", map("description", "Ports of the API server: 443 (the kubernetes Service) and"
                                        + " 6443 (the API server itself), as CNIs apply policies before or after the"
                                        + " Service's address translation.", "type", "array",
                                        "items", map("type", "integer", "minimum", 1, "maximum", 65535)))))),
                "rbac", closed("ServiceAccounts, Roles and RoleBindings, least privilege per service.", map(
                        "enabled", bool("Render every RBAC object."),
                        "serviceAccounts", serviceAccounts)),
                "externalSecrets", closed("ExternalSecrets (formats=...,external-secrets): the External Secrets"
                        + " Operator creates each declared Secret from the secret manager.", map(
                        "enabled", bool("Render the ExternalSecrets."))),
                "secrets", closed("Secrets of the platform.", map("encryption", encryption)),
                "global", map("description", "Values Helm shares with every chart of a release.", "type", "object")));
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("$schema", "http://json-schema.org/draft-07/schema#");
        schema.put("title", "Values of the security chart generated by ai-security-maven-plugin");
        schema.putAll(root);
        return schema;
    }

    private static Map<String, Object> map(Object... keyValues) { // ordered: the file must be the same bytes every run
        Map<String, Object> props = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            props.put((String) keyValues[i], keyValues[i + 1]);
        }
        return props;
    }

    private static Map<String, Object> closed(String description, Map<String, Object> properties) {
        Map<String, Object> object = new LinkedHashMap<>();
        if (description != null) {
            object.put("description", description);
        }
        object.put("type", "object");
        object.put("properties", properties);
        object.put("additionalProperties", false);
        return object;
    }

    private static Map<String, Object> bool(String description) {
        return map("description", description, "type", "boolean");
    }

    private static Map<String, Object> str(String description) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("description", description);
        s.put("type", "string");
        return s;
    }

    private static Map<String, Object> withPattern(Map<String, Object> s, String pattern) {
        s.put("pattern", pattern);
        return s;
    }

    private static Map<String, Object> stringMap(String description) {
        return map("description", description, "type", "object",
                "additionalProperties", map("type", "string"));
    }
}
