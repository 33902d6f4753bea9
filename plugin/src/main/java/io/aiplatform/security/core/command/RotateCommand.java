package io.aiplatform.security.core.command;

import io.aiplatform.security.core.convention.EncryptionKeyPlaceholder;
import io.aiplatform.security.core.convention.OutputFolders;
import io.aiplatform.security.core.io.GeneratedFile;
import io.aiplatform.security.core.io.KeyMetadata;
import io.aiplatform.security.core.io.OutputWriter;
import io.aiplatform.security.core.support.EncryptionProvider;
import io.aiplatform.security.core.rotate.EncryptionConfigDocument;
import io.aiplatform.security.core.rotate.EncryptionConfigFile;
import io.aiplatform.security.core.rotate.EncryptionKeyEntry;
import io.aiplatform.security.core.rotate.PlanWriter;
import io.aiplatform.security.core.rotate.ProviderConfig;
import io.aiplatform.security.core.rotate.RotationPlan;
import io.aiplatform.security.core.rotate.RotationPlanner;
import io.aiplatform.security.core.support.InvalidInputException;
import io.aiplatform.security.core.support.Problem;
import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.TreeMap;

/** The whole of {@code rotate-keys-plan} without Maven. */
public final class RotateCommand {

    /** What the build log shows: key ages (no key), whether the newest key is overdue, the files written. */
    public record Result(RotationPlan plan, List<String> ages, boolean overdue, List<String> files) {
    }

    private final SecureRandom random;

    public RotateCommand(SecureRandom random) {
        this.random = random;
    }

    public Result run(RotateRequest request) throws InvalidInputException, IOException {
        EncryptionConfigDocument document = EncryptionConfigFile.read(request.encryptionConfig());
        List<ProviderConfig> current = document.rotatedBlock().providers();
        List<ProviderConfig> all = document.blocks().stream().flatMap(b -> b.providers().stream()).toList();
        KeyMetadata metadata = readMetadata(request.keyMetadataFile());
        String target = targetProvider(request, current);
        int size = keySize(request, target);
        RotationPlan plan = new RotationPlanner().plan(document, new RotationPlanner.Settings(request.apiServers(), target,
                request.today(), request.automaticReload(), request.kms()), () -> newKey(request, size));

        List<String> ages = new ArrayList<>();
        boolean overdue = keyAges(all, metadata, request, ages);
        KeyMetadata updated = plan.newKey() == null ? metadata
                : metadata.with(new KeyMetadata.Entry(plan.newKey().name(), plan.toProvider(), request.today()));
        updated = withUnrecordedKeys(updated, all, request.today(), ages);
        List<GeneratedFile> files = new PlanWriter(new io.aiplatform.security.core.io.GeneratedHeader(request.source()))
                .files(plan, updated, ages);
        TreeMap<String, GeneratedFile> byName = new TreeMap<>();
        files.forEach(f -> byName.put(f.path().substring("rotation/".length()), f));
        new OutputWriter().replaceFiles(request.outputDirectory(), OutputFolders.ROTATION, byName);
        return new Result(plan, ages, overdue, new ArrayList<>(byName.keySet()));
    }

    private static KeyMetadata readMetadata(Path file) throws InvalidInputException, IOException {
        try {
            return KeyMetadata.read(file);
        } catch (RuntimeException e) {
            throw new InvalidInputException(Problem.at(file, 0, "cannot read the key metadata: "
                    + "each entry needs name, provider and created (yyyy-mm-dd)"));
        }
    }

    /** The provider to rotate to: the one asked for, which the API server must know, else the current first one's. */
    private static String targetProvider(RotateRequest request, List<ProviderConfig> current) throws InvalidInputException {
        String target = request.provider() == null || request.provider().isBlank() ? current.get(0).type()
                : request.provider().strip();
        List<String> targets = EncryptionProvider.rotationTargets();
        if (!targets.contains(target) && !(request.provider() == null || request.provider().isBlank())) {
            throw new InvalidInputException(new Problem(null, 0, null, "provider '" + target + "' is not one the API"
                    + " server knows" + io.aiplatform.security.core.support.Names.didYouMean(target, targets)
                    + "; use one of " + String.join(", ", targets) + " (-Dai-security.provider=...)"));
        }
        return target;
    }

    /** The size of a new key in bytes: the one asked for with aesgcm (16, 24 or 32), else 32. */
    private static int keySize(RotateRequest request, String target) throws InvalidInputException {
        int size = EncryptionProvider.AESGCM.is(target) ? request.keySize() : 32;
        if (EncryptionProvider.AESGCM.is(target) && !EncryptionProvider.AESGCM.keySizes().contains(size)) {
            throw new InvalidInputException(new Problem(null, 0, null, "aesgcm keys are 16, 24 or 32 bytes, not " + size));
        }
        return size;
    }

    /** A new key of {@code size} random bytes in Base64, or the placeholder when the request asks for placeholders. */
    private String newKey(RotateRequest request, int size) {
        if (request.placeholders()) {
            return EncryptionKeyPlaceholder.TEXT;
        }
        byte[] key = new byte[size];
        random.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    /**
     * Adds to {@code ages} the age of every key (or that its creation date is unknown), then a line when the newest
     * key is older than the request allows; true when it is (rotation overdue).
     */
    private static boolean keyAges(List<ProviderConfig> all, KeyMetadata metadata, RotateRequest request,
                                   List<String> ages) {
        long newestAge = Long.MAX_VALUE;
        for (ProviderConfig p : all) {
            for (EncryptionKeyEntry k : p.keys()) {
                var entry = metadata.find(k.name());
                if (entry.isPresent()) {
                    long age = ChronoUnit.DAYS.between(entry.get().created(), request.today());
                    newestAge = Math.min(newestAge, age);
                    ages.add("key " + k.name() + " (" + p.type() + ") is " + age + " day(s) old (created "
                            + entry.get().created() + ")");
                } else {
                    ages.add("key " + k.name() + " (" + p.type() + ") has no recorded creation date");
                }
            }
        }
        boolean overdue = newestAge != Long.MAX_VALUE && newestAge > request.maxKeyAgeDays();
        if (overdue) {
            ages.add("rotation overdue: the newest key is " + newestAge + " days old, more than maxKeyAgeDays="
                    + request.maxKeyAgeDays());
        }
        return overdue;
    }

    /** {@code metadata} with every key it lacks recorded as created {@code today}, each said in {@code ages}. */
    private static KeyMetadata withUnrecordedKeys(KeyMetadata metadata, List<ProviderConfig> all, LocalDate today,
                                                  List<String> ages) {
        KeyMetadata updated = metadata;
        for (ProviderConfig p : all) {
            for (EncryptionKeyEntry k : p.keys()) {
                if (updated.find(k.name()).isEmpty()) {
                    updated = updated.with(new KeyMetadata.Entry(k.name(), p.type(), today));
                    ages.add("recording key " + k.name() + " as created today in key-metadata.yaml: its real date is unknown");
                }
            }
        }
        return updated;
    }
}
