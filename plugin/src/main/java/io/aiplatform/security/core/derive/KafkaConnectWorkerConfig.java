package io.aiplatform.security.core.derive;

import io.aiplatform.security.core.support.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A Kafka Connect worker's own configuration: the properties file Apache Kafka's {@code connect-distributed.sh} and
 * {@code connect-standalone.sh} take as their first argument, shipped as {@code config/connect-distributed.properties}
 * and {@code config/connect-standalone.properties}. Its {@code bootstrap.servers} lists the Kafka brokers the worker
 * connects to (kafka.apache.org, Kafka Connect configs; default {@code localhost:9092}), for its internal topics and
 * for the connectors' records. Only files of those two names are read, and only that key.
 */
public final class KafkaConnectWorkerConfig {

    /** The names Apache Kafka gives the worker configuration files. */
    static final Set<String> NAMES = Set.of("connect-distributed.properties", "connect-standalone.properties");
    /** The key of the brokers. */
    static final String KEY = "bootstrap.servers";
    /** Kafka's port when an item names none. */
    private static final int KAFKA_PORT = 9092;

    private KafkaConnectWorkerConfig() {
    }

    /** Whether {@code name} (a file name, or a ConfigMap's key) is a worker configuration's. */
    public static boolean candidateName(String name) {
        return NAMES.contains(name);
    }

    /** The worker configuration files among {@code paths} (mounted or copied by name); sorted, once each. */
    public static List<Path> in(List<Path> paths) {
        return ContainerConfigFiles.in(paths, false, 0, KafkaConnectWorkerConfig::candidateName, relative -> false);
    }

    /** The text of {@code file}; a file over {@link ConfigFiles#MAX_FILE_BYTES} or unreadable is a warning and null. */
    public static String text(Path file, Consumer<Problem> warnings) {
        return ContainerConfigFiles.text(file, "Kafka Connect worker configuration", warnings);
    }

    /**
     * The brokers {@code text} (a worker configuration, from {@code file}) names in {@code bootstrap.servers}, on their
     * port or Kafka's; {@code firstLine} is the file line of the text's first line. A loopback broker is the worker's
     * own container and no reference; a value with a variable left in it names no host.
     */
    public static List<HostReference> brokers(Path file, String text, int firstLine, Function<Path, String> shown) {
        ConfigValue servers = ConfigFiles.properties(file, text).properties().get(KEY);
        List<HostReference> refs = new ArrayList<>();
        if (servers == null || servers.value().contains("${")) {
            return refs;
        }
        String where = shown.apply(file) + ":" + (firstLine + servers.line() - 1) + " " + KEY;
        for (ConnectionUrl.Endpoint e : ConnectionUrl.hostList(servers.value())) {
            if (!ServiceHosts.isLoopback(e.host())) {
                refs.add(new HostReference(e.host(), e.port() == null ? KAFKA_PORT : e.port(), where, KEY));
            }
        }
        return refs;
    }
}
