package io.aiplatform.security.core.graph;

import static io.aiplatform.security.core.Fixtures.dep;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.aiplatform.security.core.Fixtures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Modules that declare no groupId and inherit {@code org.springframework.boot} from {@code spring-boot-starter-parent}:
 * the Spring Boot starters they depend on share that groupId, but are no lost modules of the platform.
 */
class InheritedGroupIdTest {

    private static final String HTTP = "ports: [{name: http, port: 8080}]\n";

    @TempDir
    Path dir;

    private List<String> warnings(boolean ownGroup) throws Exception {
        List<Module> modules = new Fixtures(dir).service("writer", HTTP, dep("spring-boot-starter-web"))
                .service("reader", HTTP).modules().stream().map(m -> new Module(m.groupId(), m.artifactId(), m.pomFile(),
                        m.descriptorFile(), m.dependencies(), ownGroup)).toList();
        return SourceRun.of(dir, modules, new PomDependencies()).warnings();
    }

    @Test
    void aGroupIdFromAParentOutsideTheReactorIsNotThePlatforms() throws Exception {
        assertEquals(List.of(), warnings(false));
    }

    @Test
    void theModulesOwnGroupIdStillWarnsOfALostModule() throws Exception {
        assertEquals(1, warnings(true).size());
    }
}
