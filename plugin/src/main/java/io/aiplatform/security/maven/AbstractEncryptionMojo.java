package io.aiplatform.security.maven;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.maven.plugins.annotations.Parameter;

/** The KMS v2 settings shared by the goals that write EncryptionConfigurations. */
abstract class AbstractEncryptionMojo extends AbstractSecurityMojo {

    /** KMS v2 plugin name (encryption provider kms). */
    @Parameter(property = "ai-security.kmsName")
    protected String kmsName;

    /** KMS v2 plugin endpoint, e.g. unix:///var/run/kmsplugin/socket.sock (encryption provider kms). */
    @Parameter(property = "ai-security.kmsEndpoint")
    protected String kmsEndpoint;

    /** KMS v2 call timeout (encryption provider kms). */
    @Parameter(property = "ai-security.kmsTimeout", defaultValue = "3s")
    protected String kmsTimeout;

    /** The KMS settings that are set, as name, endpoint and timeout. */
    protected Map<String, Object> kmsSettings() {
        Map<String, Object> kms = new LinkedHashMap<>();
        if (kmsName != null) {
            kms.put("name", kmsName);
        }
        if (kmsEndpoint != null) {
            kms.put("endpoint", kmsEndpoint);
        }
        kms.put("timeout", kmsTimeout);
        return kms;
    }
}
