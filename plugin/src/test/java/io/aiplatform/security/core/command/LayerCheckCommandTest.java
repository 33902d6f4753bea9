package io.aiplatform.security.core.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aiplatform.security.core.Fixtures;
import io.aiplatform.security.core.generate.PlatformSettings;
import io.aiplatform.security.core.support.InvalidInputException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shift-left check: a service repository's current intents against the layer a platform deploys. */
class LayerCheckCommandTest {

    @TempDir
    Path dir;

    private Path layer;

    private static final String HTTP = "ports: [{name: http, port: 8080}]\n";

    /** The platform deploys orders 2.3.0: orders calls payments and PostgreSQL; the gateway calls orders. */
    @BeforeEach
    void platformLayer() throws Exception {
        Path platform = dir.resolve("platform");
        Fixtures f = new Fixtures(platform)
                .service("orders", HTTP + "calls: [payments]\n", Fixtures.dep("org.postgresql:postgresql"))
                .service("payments", HTTP)
                .service("audit", "ports: [{name: http, port: 9000}]\n")
                .service("postgres", "role: database\nports: [{port: 5432}]\nprovides: [postgresql]\n")
                .service("gateway", HTTP + "calls: [orders]\n");
        new GenerateCommand().run(GenerateRequest.builder(platform).modules(f.modules())
                .platform(new PlatformSettings("shop", "shop", true, true, Map.of())).keyEnv("KEY")
                .outputDirectory(platform.resolve("target/ai-security")).projectVersion("1.7.0").build());
        layer = platform.resolve("target/ai-security/manifests");
    }

    private LayerCheckCommand.Result check(String configuration, String descriptor) throws Exception {
        return check(configuration, descriptor, false);
    }

    /** {@code reporter}: the repository holds a second service, reporter, that no layer knows yet. */
    private LayerCheckCommand.Result check(String configuration, String descriptor, boolean reporter) throws Exception {
        Path repo = dir.resolve("orders-repo");
        Files.createDirectories(repo.resolve("orders/src/main/resources"));
        Files.writeString(repo.resolve("orders/src/main/resources/application.yml"), configuration);
        Fixtures f = new Fixtures(repo).service("orders", descriptor, Fixtures.dep("org.postgresql:postgresql"));
        if (reporter) {
            f.service("reporter", "ports: [{name: http, port: 8081}]\n");
        }
        ValidateRequest.Platform platform = ValidateRequest.builder(repo, repo.resolve("target/ai-security"))
                .modules(f.modules()).namespace("shop").build().platform();
        return new LayerCheckCommand(platform, new IntentsCommand("com.example.shop", "orders", "2.4.0-SNAPSHOT",
                Map.of("io.example:orders", "2.4.0-SNAPSHOT"))).againstFolder(layer, "com.example:platform:1.7.0");
    }

    @Test
    void theCallsTheDeployedLayerAllowsPass() throws Exception {
        LayerCheckCommand.Result r = check("payments.url: http://payments:8080\n", HTTP);
        assertEquals(List.of(), r.failures());
        assertEquals(List.of("orders -> payments:8080", "orders -> postgresql:5432 (product)"), r.allowed());
    }

    @Test
    void aNewCallFailsNamingTheCallItsEvidenceTheVersionAndWhatThePlatformMustDo() throws Exception {
        LayerCheckCommand.Result r = check("payments.url: http://payments:8080\naudit.url: http://audit:9000\n", HTTP);
        assertEquals(List.of("orders 2.4.0-SNAPSHOT calls audit:9000 (orders/src/main/resources/application.yml:2"
                + " audit.url names audit); the platform's layer com.example:platform:1.7.0 does not allow it (the"
                + " egress of orders does not allow audit on 9000, and the ingress of audit does not admit orders on"
                + " 9000): the platform must deploy the intents of orders ≥ 2.4.0"), r.failures());
    }

    @Test
    void aCallToAServiceTheLayerDoesNotHaveAndACallerItDoesNotAdmitFail() throws Exception {
        LayerCheckCommand.Result r = check("ledger.url: http://ledger:7000\n", HTTP + "ingress: {from: [reporter]}\n",
                true);
        assertEquals(List.of("orders 2.4.0-SNAPSHOT calls ledger:7000 (orders/src/main/resources/application.yml:1"
                        + " ledger.url names ledger); the platform's layer com.example:platform:1.7.0 has no service ledger"
                        + " (no NetworkPolicy selects app.kubernetes.io/name=ledger): the platform must deploy ledger and"
                        + " the intents of orders ≥ 2.4.0",
                "orders 2.4.0-SNAPSHOT expects calls from reporter on 8080 (ingress.from of its descriptor); the"
                        + " platform's layer com.example:platform:1.7.0 does not allow them (the egress of reporter does"
                        + " not allow orders on 8080, and the ingress of orders does not admit reporter on 8080): the"
                        + " platform must deploy the intents of orders ≥ 2.4.0",
                "reporter 2.4.0-SNAPSHOT calls orders:8080 (orders/src/main/ai-security/service.yaml:2"
                        + " admits reporter (ingress.from)); the platform's layer com.example:platform:1.7.0 does not"
                        + " allow it (the egress of reporter does not allow orders on 8080, and the ingress of orders"
                        + " does not admit reporter on 8080): the platform must deploy the intents of reporter ≥ 2.4.0"),
                r.failures());
    }

    @Test
    void aMissingFolderAndAFolderWithoutPoliciesAreClearErrors() throws Exception {
        InvalidInputException missing = assertThrows(InvalidInputException.class, () -> new LayerCheckCommand(null, null)
                .againstFolder(dir.resolve("nowhere"), "nowhere"));
        assertTrue(missing.getMessage().contains("platformLayerDirectory " + dir.resolve("nowhere") + " does not exist;"
                + " give the manifests/ folder of the platform's layer"), missing.getMessage());
        Files.createDirectories(dir.resolve("empty"));
        LayerCheckCommand noPolicies = new LayerCheckCommand(ValidateRequest.builder(dir, dir.resolve("o"))
                .modules(List.of()).namespace("shop").build().platform(), null);
        InvalidInputException empty = assertThrows(InvalidInputException.class,
                () -> noPolicies.againstFolder(dir.resolve("empty"), "x"));
        assertTrue(empty.getMessage().contains("holds no NetworkPolicy"), empty.getMessage());
    }

    @Test
    void anArchiveIsUnpackedAndOneWhoseEntryLeavesTheFolderIsRefused() throws Exception {
        Path zip = dir.resolve("layer.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            try (var files = Files.walk(layer)) {
                for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                    out.putNextEntry(new ZipEntry("manifests/" + layer.relativize(p).toString().replace('\\', '/')));
                    Files.copy(p, out);
                    out.closeEntry();
                }
            }
        }
        Path repo = dir.resolve("orders-repo");
        Files.createDirectories(repo.resolve("orders/src/main/resources"));
        Files.writeString(repo.resolve("orders/src/main/resources/application.yml"), "payments.url: http://payments:8080\n");
        Fixtures f = new Fixtures(repo).service("orders", HTTP, Fixtures.dep("org.postgresql:postgresql"));
        LayerCheckCommand command = new LayerCheckCommand(ValidateRequest.builder(repo, repo.resolve("target/ai-security"))
                .modules(f.modules()).namespace("shop").build().platform(), new IntentsCommand("com.example.shop", "orders",
                "2.4.0", Map.of()));
        LayerCheckCommand.Result r = command.againstArchive(zip, dir.resolve("unpacked"), "com.example:platform:1.7.0");
        assertEquals(List.of(), r.failures());
        assertEquals(2, r.allowed().size(), r.allowed().toString());

        Path evil = dir.resolve("evil.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(evil))) {
            out.putNextEntry(new ZipEntry("manifests/../../escaped.yaml"));
            out.write("kind: NetworkPolicy\n".getBytes());
            out.closeEntry();
        }
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> command.againstArchive(evil, dir.resolve("unpacked2"), "g:a:1"));
        assertTrue(refused.getMessage().contains("holds the entry 'manifests/../../escaped.yaml', whose path leaves the"
                + " folder it is unpacked into"), refused.getMessage());
        assertTrue(Files.notExists(dir.resolve("escaped.yaml")));
    }
}
