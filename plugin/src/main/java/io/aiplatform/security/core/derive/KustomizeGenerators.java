package io.aiplatform.security.core.derive;

import io.aiplatform.security.core.support.FileErrors;
import io.aiplatform.security.core.support.Problem;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The ConfigMaps and Secrets a kustomization generates ({@code configMapGenerator},
 * {@code secretGenerator}): {@code literals} ({@code KEY=value}), {@code files} (the file's name, or
 * {@code key=path}, as the key of the whole file) and {@code envs} / the older {@code env}
 * ({@code KEY=value} lines; {@code #} comments and blank lines skipped). Files are relative to the
 * kustomization's folder and, as kustomize's default load restrictor requires, below it. A generated
 * object is referenced by its plain name: kustomize adds the hash suffix to the references too.
 */
final class KustomizeGenerators {

    private static final Set<String> FILE_NAMES = Set.of("kustomization.yaml", "kustomization.yml", "Kustomization");
    private static final List<String> GENERATORS = List.of("configMapGenerator", "secretGenerator");

    private KustomizeGenerators() {
    }

    /** One generator entry: what kind it makes, its name, and its literals, files and env files with their lines. */
    private record Generator(String kind, ConfigValue name, List<ConfigValue> literals, List<ConfigValue> files,
                             List<ConfigValue> envs) {
    }

    static boolean isKustomization(Path file) {
        return FILE_NAMES.contains(file.getFileName().toString());
    }

    /** The files the generators of a kustomization read (declared inputs: absent ones too). */
    static List<Path> sourceFiles(Path kustomization, Map<String, ConfigValue> props) {
        List<Path> files = new ArrayList<>();
        for (Generator g : generators(props)) {
            for (ConfigValue f : g.files()) {
                files.add(resolve(kustomization, pathOf(f.value())));
            }
            g.envs().forEach(e -> files.add(resolve(kustomization, e.value().strip())));
        }
        return files.stream().filter(p -> p.startsWith(kustomization.getParent().toAbsolutePath().normalize())).toList();
    }

    /** The ConfigMaps and Secrets a kustomization generates; a file that cannot be read is a warning naming it. */
    static List<ConfigData> of(Path kustomization, Map<String, ConfigValue> props, Consumer<Problem> warnings) {
        List<ConfigData> made = new ArrayList<>();
        for (Generator g : generators(props)) {
            Map<String, ConfigData.Entry> entries = new LinkedHashMap<>();
            g.envs().forEach(e -> envFile(kustomization, e, entries, warnings));
            for (ConfigValue literal : g.literals()) {
                int eq = literal.value().indexOf('=');
                if (eq > 0) {
                    entries.put(literal.value().substring(0, eq).strip(), new ConfigData.Entry(
                            literal.value().substring(eq + 1), literal.file(), literal.line()));
                }
            }
            for (ConfigValue f : g.files()) {
                String text = text(kustomization, f, pathOf(f.value()), warnings);
                if (text != null) {
                    entries.put(keyOf(f.value()), new ConfigData.Entry(text, resolve(kustomization, pathOf(f.value())), 1));
                }
            }
            made.add(new ConfigData(g.kind(), g.name().value(), g.name().file(), g.name().line(), entries));
        }
        return made;
    }

    private static List<Generator> generators(Map<String, ConfigValue> props) {
        List<Generator> found = new ArrayList<>();
        for (String generator : GENERATORS) {
            String kind = generator.equals("secretGenerator") ? ConfigData.SECRET : ConfigData.CONFIG_MAP;
            for (int i = 0; props.containsKey(generator + "[" + i + "].name"); i++) {
                String at = generator + "[" + i + "].";
                List<ConfigValue> envs = new ArrayList<>(items(props, at + "envs"));
                if (props.containsKey(at + "env")) {
                    envs.add(props.get(at + "env"));
                }
                found.add(new Generator(kind, props.get(at + "name"), items(props, at + "literals"),
                        items(props, at + "files"), envs));
            }
        }
        return found;
    }

    private static List<ConfigValue> items(Map<String, ConfigValue> props, String list) {
        List<ConfigValue> items = new ArrayList<>();
        for (int j = 0; props.containsKey(list + "[" + j + "]"); j++) {
            items.add(props.get(list + "[" + j + "]"));
        }
        return items;
    }

    /** {@code key=path} or {@code path}: the path. */
    private static String pathOf(String entry) {
        int eq = entry.indexOf('=');
        return (eq > 0 ? entry.substring(eq + 1) : entry).strip();
    }

    /** {@code key=path} or {@code path}: the key (the file's name without its folders). */
    private static String keyOf(String entry) {
        int eq = entry.indexOf('=');
        if (eq > 0) {
            return entry.substring(0, eq).strip();
        }
        String path = entry.strip().replace('\\', '/');
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static Path resolve(Path kustomization, String path) {
        return kustomization.getParent().resolve(path).toAbsolutePath().normalize();
    }

    /** An env file's {@code KEY=value} lines into {@code entries}. */
    private static void envFile(Path kustomization, ConfigValue entry, Map<String, ConfigData.Entry> entries,
                                Consumer<Problem> warnings) {
        String text = text(kustomization, entry, entry.value().strip(), warnings);
        if (text == null) {
            return;
        }
        Path file = resolve(kustomization, entry.value().strip());
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].stripLeading();
            int eq = line.indexOf('=');
            if (!line.isEmpty() && !line.startsWith("#") && eq > 0) {
                entries.put(line.substring(0, eq).strip(), new ConfigData.Entry(line.substring(eq + 1), file, i + 1));
            }
        }
    }

    /** The text of a file a generator names, or null after a warning at the kustomization's line. */
    private static String text(Path kustomization, ConfigValue entry, String path, Consumer<Problem> warnings) {
        Path folder = kustomization.getParent().toAbsolutePath().normalize();
        Path file = resolve(kustomization, path);
        String cannot = "kustomize " + entry.key() + " names " + path + ", which ";
        String fix = "; the settings it gives are not read, so the connections they set are not derived";
        try {
            if (!file.startsWith(folder) || Files.exists(file) && !file.toRealPath().startsWith(folder.toRealPath())) {
                warnings.accept(new Problem(entry.file(), entry.line(), null, cannot + "lies outside the"
                        + " kustomization's folder, where kustomize refuses to load files" + fix));
                return null;
            }
            if (Files.size(file) > ConfigFiles.MAX_FILE_BYTES) {
                warnings.accept(new Problem(entry.file(), entry.line(), null, cannot + "is larger than the "
                        + ConfigFiles.MAX_FILE_BYTES + " bytes (4 MiB) read" + fix));
                return null;
            }
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            warnings.accept(new Problem(entry.file(), entry.line(), null, cannot + "is not valid UTF-8" + fix));
        } catch (IOException e) {
            warnings.accept(new Problem(entry.file(), entry.line(), null, cannot + "cannot be read ("
                    + FileErrors.reason(e) + ")" + fix));
        }
        return null;
    }
}
