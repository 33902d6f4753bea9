package io.aiplatform.security.core.helm;

import io.aiplatform.security.core.generate.EncryptionSettings;
import io.aiplatform.security.core.generate.PlatformSettings;

/**
 * {@code templates/NOTES.txt}: what the release switched on, and for Secrets encryption, where the
 * control-plane file is and how to install it. Helm prints it after install and upgrade; it is the
 * only thing the encryption part of the chart renders.
 */
final class ChartNotes {

    private ChartNotes() {
    }

    static String of(PlatformSettings platform, EncryptionSettings encryption, int services) {
        String generated = encryption.provider().id();
        return """
                {{- $namespace := include (printf "%%s.namespace" .Chart.Name) . }}
                {{ .Chart.Name }} {{ .Chart.Version }}: security layer of the %1$s platform in namespace {{ $namespace }}.
                {{- if ne $namespace "%2$s" }}
                  The layer was generated and validated for namespace %2$s; generate it with
                  -Dai-security.namespace={{ $namespace }} to check the platform's connections there.
                {{- end }}
                {{- if .Values.networkPolicies.enabled }}
                - NetworkPolicies: one per service (%3$d)
                  {{- if .Values.networkPolicies.defaultDeny }}, default-deny-all{{ end }}
                  {{- if .Values.networkPolicies.allowDNS }}, allow-dns{{ end }}.
                {{- else }}
                - NetworkPolicies: off (networkPolicies.enabled=false). Pods of {{ $namespace }} accept and send any traffic no other policy denies.
                {{- end }}
                {{- if .Values.rbac.enabled }}
                - RBAC: a ServiceAccount per service, and a Role and RoleBinding where a service needs a permission.
                {{- else }}
                - RBAC: off (rbac.enabled=false).
                {{- end }}
                {{- with .Values.secrets.encryption }}
                {{- if .enabled }}

                Secrets encryption at rest ({{ .provider }}) is configured on the API servers, not by this chart:
                the chart holds no key and renders no EncryptionConfiguration.
                {{- if ne .provider "%4$s" }}

                The values ask for {{ .provider }}, but the control-plane file was generated for %4$s. Regenerate it:
                  mvn ai-security:generate-security -Dai-security.encryptionProvider={{ .provider }}
                {{- end }}

                1. Take the file generate-security wrote, {{ .controlPlaneFile }}
                   (owner-only; it holds key material: never commit it, never put it in a ConfigMap or in values).
                {{- if eq .provider "kms" }}
                   It names the KMS v2 plugin {{ .kms.name | quote }} at {{ .kms.endpoint }} (timeout {{ .kms.timeout }}); the plugin must run on every control-plane node.
                {{- else }}
                   Its first key is {{ .keyName | quote }}.
                {{- end }}
                2. On every control-plane node, one at a time, copy it to {{ .apiServerFile }}
                   (chmod 600, owner root), start kube-apiserver with
                     --encryption-provider-config={{ .apiServerFile }}
                   and wait until the server is healthy before the next node.
                3. Rewrite every existing Secret so that it is stored encrypted:
                     kubectl get secrets --all-namespaces -o json | kubectl replace -f -
                4. Rotate keys later with: mvn ai-security:rotate-keys-plan
                {{- else }}
                - Secrets encryption at rest: off (secrets.encryption.enabled=false; with encryptionProvider=none
                  the managed control plane encrypts etcd itself).
                {{- end }}
                {{- end }}
                """.formatted(platform.platform(), platform.namespace(), services, generated);
    }
}
