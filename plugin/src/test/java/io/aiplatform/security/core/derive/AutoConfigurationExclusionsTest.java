package io.aiplatform.security.core.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The auto-configurations a service's sources exclude with {@code @SpringBootApplication} or
 * {@code @EnableAutoConfiguration} ({@code exclude} classes, {@code excludeName} names), read in the one parse of
 * {@link JavaSourceReferences}, and which of them {@link ExcludedAutoConfigurations} takes for the DataSource's.
 */
class AutoConfigurationExclusionsTest {

    private static final String DATA_SOURCE = "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration";
    private static final String BOOT4 = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration";
    private static final String DRIVER = "org.postgresql:postgresql";

    @TempDir
    Path dir;

    @Test
    void aClassLiteralThatItsImportResolvesIsTheQualifiedName() throws Exception {
        List<AutoConfigurationExclusions.Excluded> found = read("package app;\n\n"
                + "import org.springframework.boot.SpringApplication;\n"
                + "import " + DATA_SOURCE + ";\n"
                + "import org.springframework.boot.autoconfigure.SpringBootApplication;\n\n"
                + "@SpringBootApplication(exclude = DataSourceAutoConfiguration.class)\n"
                + "public class OrdersApplication {\n}\n");
        assertEquals(List.of(new AutoConfigurationExclusions.Excluded(DATA_SOURCE, "DataSourceAutoConfiguration",
                "app/OrdersApplication.java:7 @SpringBootApplication(exclude)", false)), found);
        assertEquals("DataSourceAutoConfiguration", decided(found));
    }

    @Test
    void aQualifiedClassLiteralInAnArrayFires() throws Exception {
        List<AutoConfigurationExclusions.Excluded> found = read("package app;\n"
                + "@org.springframework.boot.autoconfigure.SpringBootApplication(scanBasePackages = \"app\", exclude = {\n"
                + "    org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration.class,\n"
                + "    " + BOOT4 + ".class })\n"
                + "public class OrdersApplication {}\n");
        assertEquals(2, found.size(), found.toString());
        assertEquals(BOOT4, decided(found));
    }

    @Test
    void aSimpleNameWithAWildcardImportFires() throws Exception {
        List<AutoConfigurationExclusions.Excluded> found = read("package app;\n"
                + "import org.springframework.boot.autoconfigure.jdbc.*;\n"
                + "@EnableAutoConfiguration(exclude = {DataSourceAutoConfiguration.class,"
                + " DataSourceTransactionManagerAutoConfiguration.class})\n"
                + "public class OrdersApplication {}\n");
        assertEquals("DataSourceAutoConfiguration", decided(found));
        assertEquals("app/OrdersApplication.java:3 @EnableAutoConfiguration(exclude)", found.get(0).where());
    }

    @Test
    void excludeNameStringsFireAsArraysOrAlone() throws Exception {
        List<AutoConfigurationExclusions.Excluded> found = read("package app;\n"
                + "@SpringBootApplication(excludeName = {\"org.example.Other\", \"" + DATA_SOURCE + "\"})\n"
                + "class A {}\n");
        assertEquals(DATA_SOURCE, decided(found));
        assertEquals("app/OrdersApplication.java:2 @SpringBootApplication(excludeName)", found.get(1).where());
        assertEquals(DATA_SOURCE, decided(read("package app;\n@EnableAutoConfiguration(excludeName = \""
                + DATA_SOURCE + "\")\nclass A {}\n")));
    }

    @Test
    void importAutoConfigurationsExcludeFires() throws Exception {
        List<AutoConfigurationExclusions.Excluded> found = read("package app;\n"
                + "import " + DATA_SOURCE + ";\n"
                + "@SpringBootApplication\n@ImportAutoConfiguration(exclude = DataSourceAutoConfiguration.class)\n"
                + "class A {}\n");
        assertEquals("DataSourceAutoConfiguration", decided(found));
        assertEquals("app/OrdersApplication.java:4 @ImportAutoConfiguration(exclude)", found.get(0).where());
    }

    @Test
    void anotherAutoConfigurationDoesNotFire() throws Exception {
        assertEquals("", decided(read("package app;\n"
                + "import org.springframework.boot.autoconfigure.data.redis.RedisAutoConfiguration;\n"
                + "@SpringBootApplication(exclude = RedisAutoConfiguration.class)\nclass A {}\n")));
    }

    @Test
    void anImportedClassOfTheSameSimpleNameElsewhereDoesNotFire() throws Exception {
        assertEquals("", decided(read("package app;\n"
                + "import com.acme.jdbc.DataSourceAutoConfiguration;\n"
                + "@SpringBootApplication(exclude = DataSourceAutoConfiguration.class)\nclass A {}\n")));
    }

    @Test
    void aSimpleNameInExcludeNameDoesNotFire() throws Exception {
        // Spring Boot takes fully qualified names there
        assertEquals("", decided(read("package app;\n"
                + "@SpringBootApplication(excludeName = \"DataSourceAutoConfiguration\")\nclass A {}\n")));
    }

    @Test
    void aCommentOrAnotherAnnotationDoesNotFire() throws Exception {
        assertEquals(List.of(), read("package app;\n"
                + "import " + DATA_SOURCE + ";\n"
                + "// @SpringBootApplication(exclude = DataSourceAutoConfiguration.class)\n"
                + "/* @EnableAutoConfiguration(exclude = DataSourceAutoConfiguration.class) */\n"
                + "@SpringBootApplication\n"
                + "@ComponentScan(excludeFilters = @Filter(DataSourceAutoConfiguration.class))\n"
                + "class A {}\n"));
    }

    private List<AutoConfigurationExclusions.Excluded> read(String java) throws Exception {
        Path file = dir.resolve("app/OrdersApplication.java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, java);
        List<Object> problems = new ArrayList<>();
        JavaSourceReferences.Result r = JavaSourceReferences.of(dir, Map.of(),
                p -> dir.relativize(p).toString().replace('\\', '/'), problems::add);
        assertEquals(List.of(), problems);
        return r.excludedAutoConfigurations();
    }

    /** The name as written of the exclusion that switches the PostgreSQL driver's DataSource off, or "". */
    private static String decided(List<AutoConfigurationExclusions.Excluded> found) {
        return ExcludedAutoConfigurations.excludingInCode("spring", DRIVER, found)
                .map(AutoConfigurationExclusions.Excluded::written).orElse("");
    }
}
