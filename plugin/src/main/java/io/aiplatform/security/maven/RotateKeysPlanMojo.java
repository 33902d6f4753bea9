package io.aiplatform.security.maven;

import io.aiplatform.security.core.convention.OutputFolders;
import io.aiplatform.security.core.command.RotateCommand;
import io.aiplatform.security.core.command.RotateRequest;
import io.aiplatform.security.core.support.InvalidInputException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes a staged, verifiable plan to rotate the Secrets encryption key (or migrate to another
 * provider) to target/ai-security/rotation/: PLAN.md, plan.json and one owner-only
 * EncryptionConfiguration per step. Key material is never printed.
 */
@Mojo(name = "rotate-keys-plan", threadSafe = true, requiresProject = false)
public class RotateKeysPlanMojo extends AbstractEncryptionMojo {

    /** The current EncryptionConfiguration (the generated one, or an operator's copy from a control-plane node). */
    @Parameter(property = "ai-security.encryptionConfig",
            defaultValue = "${project.build.directory}/ai-security/control-plane/encryption-config.yaml")
    private File encryptionConfig;

    /** Number of kube-apiservers (1 for a single control-plane node). */
    @Parameter(property = "ai-security.apiServers", defaultValue = "3")
    private String apiServers;

    /** Provider to rotate to: secretbox, aesgcm, aescbc or kms; empty keeps the current one. */
    @Parameter(property = "ai-security.provider", defaultValue = "")
    private String provider;

    /** Size in bytes of a new aesgcm key (16, 24 or 32); secretbox and aescbc keys are always 32 bytes. */
    @Parameter(property = "ai-security.keySize", defaultValue = "32")
    private String keySize;

    /** Age in days after which the newest key is overdue for rotation. */
    @Parameter(property = "ai-security.maxKeyAgeDays", defaultValue = "90")
    private String maxKeyAgeDays;

    /** Where key names, providers and creation dates are recorded (never the keys); commit this file. */
    @Parameter(property = "ai-security.keyMetadataFile", defaultValue = "${project.basedir}/src/main/ai-security/key-metadata.yaml")
    private File keyMetadataFile;

    /** Write placeholders instead of generating new keys (repositories where no key may be generated). */
    @Parameter(property = "ai-security.placeholders", defaultValue = "false")
    private boolean placeholders;

    /** The API servers run with --encryption-provider-config-automatic-reload: wait for the reload metric instead of restarting. */
    @Parameter(property = "ai-security.automaticReload", defaultValue = "false")
    private boolean automaticReload;

    /** Fail the build when the newest key is older than maxKeyAgeDays (for a scheduled CI job). */
    @Parameter(property = "ai-security.failWhenOverdue", defaultValue = "false")
    private boolean failWhenOverdue;

    /** The date the plan is made on (yyyy-mm-dd), for reproducible plans; empty means today (UTC). */
    @Parameter(property = "ai-security.today", defaultValue = "")
    private String today;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (!shouldRun()) {
            return;
        }
        LocalDate date;
        try {
            date = today == null || today.isBlank() ? LocalDate.now(ZoneOffset.UTC) : LocalDate.parse(today.strip());
        } catch (DateTimeParseException e) {
            throw new MojoFailureException("ai-security: today '" + today + "' is not a date such as 2026-11-26");
        }
        // whole numbers read here, not by Maven, so that an empty value means the default (EmptyParameters)
        int servers = wholeNumber("apiServers", apiServers);
        int size = wholeNumber("keySize", keySize);
        int maxAge = wholeNumber("maxKeyAgeDays", maxKeyAgeDays);
        Map<String, Object> kms = kmsSettings();
        Path config = encryptionConfig.toPath();
        RotateCommand.Result result;
        try {
            result = new RotateCommand(new SecureRandom()).run(new RotateRequest(config, outputDirectory.toPath(),
                    keyMetadataFile == null ? null : keyMetadataFile.toPath(), servers, provider, size,
                    maxAge, placeholders, automaticReload, kms, date,
                    project.getGroupId() + ":" + project.getArtifactId()));
        } catch (InvalidInputException | io.aiplatform.security.core.io.OwnershipException e) {
            throw new MojoFailureException("ai-security: " + e.getMessage());
        } catch (IOException e) {
            throw new MojoExecutionException("ai-security: cannot write the plan: " + e.getMessage(), e);
        }
        for (String age : result.ages()) {
            if (result.overdue() && age.startsWith("rotation overdue")) {
                getLog().warn("ai-security: " + age);
            } else {
                getLog().info("ai-security: " + age);
            }
        }
        Path folder = outputDirectory.toPath().resolve(OutputFolders.ROTATION);
        getLog().info(String.format("ai-security: %d-step plan from %s to %s for %d API server(s) in %s (step files are"
                        + " owner-only and hold key material: never commit them)", result.plan().steps().size(),
                result.plan().fromProvider(), result.plan().toProvider(), servers, folder.resolve("PLAN.md")));
        result.plan().notes().forEach(n -> getLog().warn("ai-security: " + n));
        if (result.overdue() && failWhenOverdue) {
            throw new MojoFailureException("ai-security: key rotation is overdue (maxKeyAgeDays=" + maxKeyAgeDays
                    + "); follow " + folder.resolve("PLAN.md"));
        }
    }

    private static int wholeNumber(String name, String value) throws MojoFailureException {
        String text = value == null ? "" : value.strip();
        if (!text.matches("-?[0-9]{1,9}")) {
            throw new MojoFailureException("ai-security: " + name + " '" + text + "' is not a whole number;"
                    + " e.g. -Dai-security." + name + "=" + switch (name) {
                        case "keySize" -> "32";
                        case "maxKeyAgeDays" -> "90";
                        default -> "3";
                    });
        }
        return Integer.parseInt(text);
    }
}
