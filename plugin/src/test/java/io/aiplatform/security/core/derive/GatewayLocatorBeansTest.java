package io.aiplatform.security.core.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aiplatform.security.core.support.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Spring Cloud Gateway discovery locator declared as a {@code @Bean} in the sources ({@link GatewayLocatorBeans}):
 * the gateway's {@code DiscoveryClientRouteDefinitionLocator}, returned or created by the bean method, as the file's
 * imports name it.
 */
class GatewayLocatorBeansTest {

    private static final String IMPORTS = "package app;\n"
            + "import org.springframework.cloud.client.discovery.ReactiveDiscoveryClient;\n"
            + "import org.springframework.cloud.gateway.discovery.DiscoveryClientRouteDefinitionLocator;\n"
            + "import org.springframework.cloud.gateway.discovery.DiscoveryLocatorProperties;\n"
            + "import org.springframework.context.annotation.Bean;\n";

    @TempDir
    Path dir;

    @Test
    void aBeanReturningTheLocatorFires() throws Exception {
        write("app/GatewayApplication.java", IMPORTS
                + "@org.springframework.boot.autoconfigure.SpringBootApplication\n"
                + "public class GatewayApplication {\n"
                + "  @Bean\n"
                + "  DiscoveryClientRouteDefinitionLocator locator(ReactiveDiscoveryClient rdc,"
                + " DiscoveryLocatorProperties dlp) {\n"
                + "    return new DiscoveryClientRouteDefinitionLocator(rdc, dlp);\n"
                + "  }\n"
                + "}\n");
        assertEquals(Optional.of("app/GatewayApplication.java:8 @Bean locator() returns"
                + " DiscoveryClientRouteDefinitionLocator"), declared());
    }

    @Test
    void aBeanCreatingItUnderAWildcardImportOrQualifiedFires() throws Exception {
        write("app/Routes.java", "package app;\n"
                + "import org.springframework.cloud.gateway.discovery.*;\n"
                + "import org.springframework.cloud.gateway.route.RouteDefinitionLocator;\n"
                + "import org.springframework.context.annotation.*;\n"
                + "@Configuration\n"
                + "class Routes {\n"
                + "  @Bean RouteDefinitionLocator discovered(org.springframework.cloud.client.discovery.ReactiveDiscoveryClient c,"
                + " DiscoveryLocatorProperties p) {\n"
                + "    return new DiscoveryClientRouteDefinitionLocator(c, p);\n"
                + "  }\n"
                + "}\n");
        assertEquals(Optional.of("app/Routes.java:7 @Bean discovered() creates DiscoveryClientRouteDefinitionLocator"),
                declared());
        write("app/Routes.java", "package app;\n"
                + "class Routes {\n"
                + "  @org.springframework.context.annotation.Bean\n"
                + "  org.springframework.cloud.gateway.discovery.DiscoveryClientRouteDefinitionLocator l() {"
                + " return null; }\n"
                + "}\n");
        assertEquals(Optional.of("app/Routes.java:3 @Bean l() returns DiscoveryClientRouteDefinitionLocator"),
                declared(), "qualified");
    }

    @Test
    void anotherClassOfThatNameOrAMethodThatIsNoBeanDoesNotFire() throws Exception {
        write("app/Own.java", "package app;\n"
                + "import com.example.routing.DiscoveryClientRouteDefinitionLocator;\n"
                + "import org.springframework.context.annotation.Bean;\n"
                + "class Own {\n"
                + "  @Bean DiscoveryClientRouteDefinitionLocator locator() {"
                + " return new DiscoveryClientRouteDefinitionLocator(); }\n"
                + "}\n");
        write("app/Helper.java", IMPORTS
                + "class Helper {\n"
                + "  DiscoveryClientRouteDefinitionLocator make(ReactiveDiscoveryClient c, DiscoveryLocatorProperties p) {\n"
                + "    return new DiscoveryClientRouteDefinitionLocator(c, p);\n"
                + "  }\n"
                + "}\n");
        assertEquals(Optional.empty(), declared());
        assertEquals(Optional.empty(), GatewayLocatorBeans.declared(dir.resolve("missing"), Path::toString, p -> { }));
        assertEquals(Optional.empty(), GatewayLocatorBeans.declared(null, Path::toString, p -> { }));
    }

    @Test
    void aFileTooLargeToParseIsAWarningNamingIt() throws Exception {
        write("app/Broken.java", "package app;\n// DiscoveryClientRouteDefinitionLocator\n"
                + "/*" + "x".repeat((int) JavaSourceFiles.MAX_FILE_BYTES) + "*/\n");
        List<Problem> warnings = new ArrayList<>();
        assertEquals(Optional.empty(), GatewayLocatorBeans.declared(dir, f -> dir.relativize(f).toString(),
                warnings::add));
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).toString().contains("Broken.java"), warnings.toString());
    }

    private Optional<String> declared() {
        return GatewayLocatorBeans.declared(dir, f -> dir.relativize(f).toString().replace('\\', '/'), p -> { });
    }

    private void write(String file, String text) throws Exception {
        Path p = dir.resolve(file);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }
}
