package io.aiplatform.security.core.validate.schema;

import io.aiplatform.security.core.validate.Finding;
import io.aiplatform.security.core.validate.Manifest;
import java.io.IOException;
import java.util.List;

/** Stage 2, first half: Kubernetes objects against their JSON Schemas. */
public interface SchemaValidator {

    /** What the validator is, for the report ("built-in JSON Schema" or "kubeconform 0.6.7"). */
    String describe();

    List<Finding> validate(List<Manifest> manifests) throws IOException;

    /** Kinds that are not Kubernetes API objects and have no upstream schema; checked elsewhere or not at all. */
    static boolean skipped(Manifest m) {
        return "EncryptionConfiguration".equals(m.kind()) || "Kustomization".equals(m.kind()) || isAuditPolicy(m);
    }

    /** A kube-apiserver audit policy ({@code audit.k8s.io/v1} Policy): a file of the control plane, no API object. */
    static boolean isAuditPolicy(Manifest m) {
        return "Policy".equals(m.kind()) && "audit.k8s.io/v1".equals(m.apiVersion());
    }
}
