package io.aiplatform.security.core.command;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

/**
 * Everything {@code rotate-keys-plan} needs.
 *
 * @param keySize bytes of a new aesgcm key (16, 24 or 32); secretbox and aescbc always use 32
 * @param source  the project the plan is made for (groupId:artifactId), named in the header of each step's file;
 *                null: the EncryptionConfiguration's file name
 */
public record RotateRequest(Path encryptionConfig, Path outputDirectory, Path keyMetadataFile, int apiServers,
                            String provider, int keySize, int maxKeyAgeDays, boolean placeholders,
                            boolean automaticReload, Map<String, Object> kms, LocalDate today, String source) {

    public RotateRequest {
        source = source != null ? source : encryptionConfig.getFileName().toString();
    }

    public RotateRequest(Path encryptionConfig, Path outputDirectory, Path keyMetadataFile, int apiServers,
                         String provider, int keySize, int maxKeyAgeDays, boolean placeholders,
                         boolean automaticReload, Map<String, Object> kms, LocalDate today) {
        this(encryptionConfig, outputDirectory, keyMetadataFile, apiServers, provider, keySize, maxKeyAgeDays,
                placeholders, automaticReload, kms, today, null);
    }
}
