package io.aiplatform.security.core.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TurbineAggregationTest {

    @TempDir
    Path dir;

    @Test
    void turbineCallsEachListedServiceButNotItselfOrAnUnknownOne() throws Exception {
        SourceRun.write(dir, "turbine/src/main/resources/application.yml", "turbine:\n  app-config: orders, TURBINE, nobody\n");
        SourceRun run = SourceRun.ofHttpServices(dir, new TurbineAggregation(), "turbine", "orders");
        assertEquals(Map.of("turbine->orders", List.of("turbine/src/main/resources/application.yml:2 turbine.app-config"
                + " aggregates the Hystrix stream of orders")), run.edges());
    }

    @Test
    void withoutTheKeyNothing() throws Exception {
        SourceRun.write(dir, "turbine/src/main/resources/application.yml", "turbine.aggregator.cluster-config: x\n");
        SourceRun run = SourceRun.ofHttpServices(dir, new TurbineAggregation(), "turbine", "orders");
        assertEquals(Map.of(), run.edges());
    }
}
