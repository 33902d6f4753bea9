package io.aiplatform.security.core.derive;

import io.aiplatform.security.core.support.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Kafka Connect connector configurations kept in the repository: JSON files as the Kafka Connect REST API takes
 * them ({@code {"name": ..., "config": {"connector.class": ...}}}, or the bare config object) and
 * {@code .properties} files with {@code connector.class=}, below the root outside build output. The hosts they name
 * are read from the documented keys of the common connectors only: Debezium's {@code database.hostname} and
 * {@code database.port} (the connector's default port when absent), Debezium MongoDB's
 * {@code mongodb.connection.string} and {@code mongodb.hosts}, the MongoDB Kafka Connector's {@code connection.uri}
 * (its source and sink, a {@code mongodb://} URI), and {@code connection.url} (JDBC source and sink, a
 * JDBC URL; Elasticsearch sink, HTTP URLs); and Strimzi {@code KafkaConnector} resources among the deployment files
 * ({@code spec.class}, {@code spec.config}). No other key is read: passwords are never looked at.
 */
public final class KafkaConnectors {

    /** The key every connector configuration has. */
    static final String CLASS_KEY = "connector.class";

    /**
     * A connector configuration: its file, the line and value of its class, the hosts it names, and for a Strimzi
     * {@code KafkaConnector} the Kafka Connect cluster its {@code strimzi.io/cluster} label names (else null).
     */
    public record Connector(Path file, int line, String connectorClass, List<HostReference> references, String cluster) {
    }

    private KafkaConnectors() {
    }

    /**
     * The JSON and properties files at or below {@code start} (a child of {@code root}) that hold
     * {@code connector.class}, in the order walked: they are looked for in the folders the deployment files are
     * looked for in and as deep ({@link DeploymentWalk} finds them on its way; this is its stand-in when that walk
     * stops early). A folder that cannot be read ends the search of {@code start} with what it found before.
     */
    static List<Path> below(Path root, Path start) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(start, Set.of(), DeploymentFiles.MAX_DEPTH - 1, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes a) {
                    return DeploymentFiles.skipped(dir, root.relativize(dir))
                            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes a) {
                    if (candidate(file, a)) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE; // the deployment files' walk warns about unreadable folders
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // what was found before the folder that could not be walked is read
        }
        return found;
    }

    /**
     * A regular {@code .json} or {@code .properties} file, within the size read, whose text names {@code connector.class},
     * and no example a connector plugin ships ({@link #pluginExample}).
     */
    static boolean candidate(Path file, BasicFileAttributes a) {
        String name = String.valueOf(file.getFileName());
        return a.isRegularFile() && (name.endsWith(".json") || name.endsWith(".properties"))
                && a.size() <= ConfigFiles.MAX_FILE_BYTES && !pluginExample(file) && names(file, CLASS_KEY);
    }

    /**
     * Whether {@code file} is in the {@code etc/} folder of a Confluent Hub component archive (a folder holding its
     * {@code manifest.json}, with {@code lib/}, {@code etc/} and {@code doc/} beside it): the sample configurations
     * a connector plugin ships, copied into a worker's plugin path with the plugin, never registered as they are.
     */
    static boolean pluginExample(Path file) {
        Path folder = file.getParent();
        Path component = folder == null ? null : folder.getParent();
        return component != null && "etc".equals(String.valueOf(folder.getFileName()))
                && Files.isRegularFile(component.resolve("manifest.json"));
    }

    /** The connectors of {@code files}; a file that cannot be read is a warning to {@code warnings}. */
    public static List<Connector> read(List<Path> files, Function<Path, String> shown, Consumer<Problem> warnings) {
        List<Connector> connectors = new ArrayList<>();
        for (Path file : files) {
            for (ConfigFiles.Document doc : ConfigFiles.read(file, warnings)) {
                Map<String, ConfigValue> props = doc.properties();
                props.values().stream().filter(v -> v.key().equals(CLASS_KEY) || v.key().endsWith("." + CLASS_KEY))
                        .sorted(Comparator.comparingInt(ConfigValue::line))
                        .forEach(c -> connectors.add(connector(c, prefixOf(c), props, shown, null)));
            }
        }
        return connectors;
    }

    /**
     * The Strimzi {@code KafkaConnector} resources ({@code apiVersion: kafka.strimzi.io/...}) among the deployment
     * files {@code files}: {@code spec.class} and the keys of {@code spec.config}. Only files whose text names the
     * kind are parsed.
     */
    public static List<Connector> strimzi(List<Path> files, Function<Path, String> shown, Consumer<Problem> warnings) {
        List<Connector> connectors = new ArrayList<>();
        for (Path file : files) {
            if (!names(file, "KafkaConnector")) {
                continue;
            }
            for (Map<String, ConfigValue> object : ConfigFiles.readKeysAsWritten(file, warnings)) {
                ConfigValue api = object.get("apiVersion");
                ConfigValue kind = object.get("kind");
                ConfigValue type = object.get("spec.class");
                if (api != null && api.value().startsWith("kafka.strimzi.io/") && kind != null
                        && kind.value().equals("KafkaConnector") && type != null) {
                    ConfigValue cluster = object.get("metadata.labels.strimzi.io/cluster");
                    connectors.add(connector(type, "spec.config.", object, shown,
                            cluster == null ? null : cluster.value().strip()));
                }
            }
        }
        return connectors;
    }

    private static boolean names(Path file, String text) {
        try {
            return Files.size(file) <= ConfigFiles.MAX_FILE_BYTES
                    && new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(text);
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    private static String prefixOf(ConfigValue type) {
        return type.key().substring(0, type.key().length() - CLASS_KEY.length());
    }

    /** The connector whose class is {@code type}: its keys are those beside it ({@code config.database.hostname}). */
    private static Connector connector(ConfigValue type, String prefix, Map<String, ConfigValue> props,
                                       Function<Path, String> shown, String cluster) {
        List<HostReference> refs = new ArrayList<>();
        ConfigValue host = props.get(prefix + "database.hostname");
        if (host != null && !host.value().isBlank() && !host.value().contains("${")) {
            ConfigValue port = props.get(prefix + "database.port");
            Integer number = port == null ? defaultPort(type.value()) : number(port.value());
            refs.add(new HostReference(host.value().strip(), number, host.where(shown), host.key()));
        }
        ConfigValue hosts = props.get(prefix + "mongodb.hosts");
        if (hosts != null) { // rs0/mongo1:27017,mongo2:27017
            String list = hosts.value().substring(hosts.value().indexOf('/') + 1);
            ConnectionUrl.hostList(list).forEach(e -> refs.add(new HostReference(e.host(),
                    e.port() == null ? 27017 : e.port(), hosts.where(shown), hosts.key())));
        }
        for (String key : List.of("mongodb.connection.string", "connection.uri", "connection.url")) {
            ConfigValue url = props.get(prefix + key);
            if (url != null) {
                ConnectionUrl.findAll(url.value()).stream().filter(u -> !u.unresolvedHost())
                        .flatMap(u -> u.endpoints().stream())
                        .forEach(e -> refs.add(new HostReference(e.host(), e.port(), url.where(shown), url.key())));
            }
        }
        return new Connector(type.file(), type.line(), type.value().strip(), refs, cluster);
    }

    /** The port a Debezium relational connector connects to when {@code database.port} is absent. */
    static Integer defaultPort(String connectorClass) {
        String c = connectorClass.toLowerCase(Locale.ROOT);
        if (c.contains("postgres")) {
            return 5432;
        } else if (c.contains("mysql") || c.contains("mariadb")) {
            return 3306;
        } else if (c.contains("sqlserver")) {
            return 1433;
        } else if (c.contains("oracle")) {
            return 1521;
        } else if (c.contains("db2")) {
            return 50000;
        }
        return null;
    }

    private static Integer number(String text) {
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
