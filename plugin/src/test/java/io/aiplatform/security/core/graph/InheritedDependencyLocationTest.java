package io.aiplatform.security.core.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.aiplatform.security.core.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dependency a module inherits from its parent POM is shown where the parent declares it, in evidence and in
 * errors: never the module's own POM with the parent's line number.
 */
class InheritedDependencyLocationTest {

    @TempDir
    Path dir;

    private SourceRun run(String platform) throws Exception {
        ModuleDependency inherited = new ModuleDependency("org.postgresql", "postgresql", null, false, Set.of(),
                new Location(dir.resolve("shop-parent/pom.xml"), 131));
        return SourceRun.of(dir, new Fixtures(dir).service("orders", "ports: [{name: http, port: 8080}]\n", inherited)
                .platformFile(platform).modules(), new ConfiguredHosts(), new PomDependencies());
    }

    @Test
    void theEdgesEvidenceNamesTheParentPom() throws Exception {
        SourceRun run = run("services:\n  - {name: orders-db, role: database, ports: [{port: 5432}], provides: [postgresql]}\n");
        assertEquals(List.of("shop-parent/pom.xml:131 declares org.postgresql:postgresql (catalog: postgresql, provided by"
                + " orders-db)"), run.edges().get("orders->orders-db"));
    }

    @Test
    void theSeveralProvidersErrorNamesTheParentPom() throws Exception {
        SourceRun run = run("services:\n  - {name: a-db, role: database, ports: [{port: 5432}], provides: [postgresql]}\n"
                + "  - {name: b-db, role: database, ports: [{port: 5432}], provides: [postgresql]}\n");
        assertEquals(1, run.errors().size(), run.errors().toString());
        assertEquals(true, run.errors().get(0).startsWith("shop-parent/pom.xml:131: service 'orders': depends on"
                + " org.postgresql:postgresql"), run.errors().toString());
    }
}
