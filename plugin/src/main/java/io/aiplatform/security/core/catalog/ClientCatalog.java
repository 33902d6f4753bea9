package io.aiplatform.security.core.catalog;

import io.aiplatform.security.core.descriptor.PortSpec;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Which client library means "calls which product", and the well-known port of each product.
 * Both are data files on the classpath ({@code clients.txt}, {@code products.txt}) so that a new
 * library is one line.
 */
public final class ClientCatalog {

    private final Map<String, String> productByClient;
    private final Map<String, PortSpec> defaultPorts;

    private ClientCatalog(Map<String, String> productByClient, Map<String, PortSpec> defaultPorts) {
        this.productByClient = Collections.unmodifiableMap(new TreeMap<>(productByClient));
        this.defaultPorts = Collections.unmodifiableMap(new TreeMap<>(defaultPorts));
    }

    /** The catalog shipped with the plugin. */
    public static ClientCatalog builtIn() {
        Map<String, String> clients = new TreeMap<>();
        for (String[] row : rows("clients.txt", 2)) {
            clients.put(row[0], row[1]);
        }
        Map<String, PortSpec> ports = new TreeMap<>();
        for (String[] row : rows("products.txt", 3)) {
            ports.put(row[0], new PortSpec(row[2], Integer.parseInt(row[1]), "TCP"));
        }
        return new ClientCatalog(clients, ports);
    }

    /** This catalog plus extra {@code groupId:artifactId -> product} lines; extra lines win. */
    public ClientCatalog with(Map<String, String> extraClients) {
        Map<String, String> merged = new TreeMap<>(productByClient);
        merged.putAll(extraClients);
        return new ClientCatalog(merged, defaultPorts);
    }

    public Optional<String> productOf(String groupId, String artifactId) {
        return Optional.ofNullable(productByClient.get(groupId + ":" + artifactId));
    }

    /** The product a library coordinate ({@code groupId:artifactId}) stands for, if listed. */
    public Optional<String> productOf(String coordinates) {
        return Optional.ofNullable(productByClient.get(coordinates));
    }

    /** Marks a library that runs inside the service (H2, embedded Kafka): never a network peer. */
    public static final String EMBEDDED = "(embedded)";
    /** Marks a metrics library that is pulled from (scraped), not one that calls anybody. */
    public static final String SCRAPED = "(scraped)";

    /** True for the special products that never make an edge. */
    public static boolean isNotACall(String product) {
        return EMBEDDED.equals(product) || SCRAPED.equals(product);
    }

    public Optional<PortSpec> defaultPort(String product) {
        return Optional.ofNullable(defaultPorts.get(product));
    }

    public Map<String, String> clients() {
        return productByClient;
    }

    private static Iterable<String[]> rows(String resource, int columns) {
        try (InputStream in = ClientCatalog.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("catalog resource missing from the plugin: " + resource);
            }
            List<String[]> rows = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = reader.readLine()) != null) {
                n++;
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                String[] cols = trimmed.split("\\s+");
                if (cols.length != columns) {
                    throw new IllegalStateException(resource + ":" + n + ": expected " + columns + " columns");
                }
                rows.add(cols);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
