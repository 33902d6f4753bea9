package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.derive.DecidingKeys;
import io.aiplatform.security.core.derive.ModuleConfiguration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A Spring Boot service whose JDBC client never connects: Spring Boot auto-configures an embedded H2, HSQLDB or
 * Derby database when one of them is on the runtime classpath and no {@code spring.datasource.url} is set (nor
 * {@code spring.r2dbc.url}), unless {@code spring.datasource.embedded-database-connection} is {@code none}. A
 * PostgreSQL or MySQL driver beside it is then no connection, and no reason for a "several providers" error. A
 * service with neither configuration files nor a deployment environment is not judged: its settings are elsewhere.
 */
final class EmbeddedDatabase {

    /** The embedded databases Spring Boot auto-configures, as their libraries. */
    private static final List<String> ENGINES = List.of("com.h2database:h2", "org.hsqldb:hsqldb",
            "org.apache.derby:derby");

    private EmbeddedDatabase() {
    }

    /**
     * Why {@code a}'s client of {@code product} connects nowhere because Spring Boot runs an embedded database
     * instead; empty when it may connect (another framework, no embedded engine, a URL set, not a SQL product).
     */
    static Optional<String> instead(Service a, String product, Derivation d) {
        if (!DecidingKeys.of(DecidingKeys.SPRING, product).contains("spring.datasource.url")) {
            return Optional.empty(); // not a SQL product: the classpath need not be made
        }
        Set<String> classpath = ServiceClasspath.of(a, d.platform).orElse(Set.of());
        if (!DecidingKeys.SPRING.equals(DecidingKeys.frameworkOf(classpath))
                || classpath.stream().noneMatch(l -> l.startsWith("org.springframework.boot:"))) {
            return Optional.empty();
        }
        Optional<String> engine = ENGINES.stream().filter(classpath::contains).findFirst();
        ModuleConfiguration config = d.configuration(a);
        if (engine.isEmpty() || unknown(a, d) || config.get("spring.datasource.url").isPresent()
                || config.get("spring.r2dbc.url").isPresent()
                || config.value("spring.datasource.embedded-database-connection").map(v -> v.strip()
                .equalsIgnoreCase("none")).orElse(false)) {
            return Optional.empty();
        }
        return Optional.of("Spring Boot runs an embedded database: " + engine.get()
                + " is on the runtime classpath and spring.datasource.url is not set");
    }

    /**
     * True when nothing tells how the service is configured: no configuration file of its own and no deployment
     * environment (a module whose settings are all elsewhere), so an unset URL says nothing.
     */
    private static boolean unknown(Service a, Derivation d) {
        ModuleConfiguration own = d.platform.configs.get(a.name());
        return (own == null || own.properties().isEmpty())
                && d.platform.environments.getOrDefault(a.name(), List.of()).isEmpty();
    }
}
