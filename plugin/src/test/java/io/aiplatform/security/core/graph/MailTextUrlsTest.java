package io.aiplatform.security.core.graph;

import static io.aiplatform.security.core.Fixtures.dep;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.aiplatform.security.core.Fixtures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A URL a service only writes into the text of an e-mail is a link for its recipient, no connection it opens. */
class MailTextUrlsTest {

    private static final String HTTP = "ports: [{name: http, port: 8080}]\n";
    private static final String WEB = "org.springframework.boot:spring-boot-starter-web";
    private static final String MAIL = "org.springframework.boot:spring-boot-starter-mail";

    @TempDir
    Path dir;

    private SourceRun run() throws Exception {
        return SourceRun.of(dir, new Fixtures(dir).service("gateway", HTTP).service("users", HTTP, dep(WEB), dep(MAIL))
                .modules(), new ConfiguredHosts(), new JavaSourceHosts());
    }

    private static String mailer(String body) {
        return """
                package x;
                import org.springframework.beans.factory.annotation.Value;
                import org.springframework.mail.SimpleMailMessage;
                import org.springframework.web.client.RestClient;
                class Mailer {
                    @Value("${user.service.base-url}")
                    private String baseUrl;
                """ + body + "}\n";
    }

    @Test
    void aLinkJoinedIntoALocalAndWrittenIntoTheMailTextIsNoEdgeAndExplainSaysWhy() throws Exception {
        SourceRun.write(dir, "users/src/main/resources/application.properties",
                "user.service.base-url=http://gateway:8080\n");
        SourceRun.write(dir, "users/src/main/java/x/Mailer.java", mailer("""
                    void reset(String to, String token) {
                        String resetLink = baseUrl + "/users/reset?token=" + token;
                        SimpleMailMessage message = new SimpleMailMessage();
                        message.setTo(to);
                        message.setText("Click on the link to reset your password: " + resetLink);
                    }
                    void verify(String token) {
                        SimpleMailMessage message = new SimpleMailMessage();
                        message.setText("Verify: " + (this.baseUrl + "/users/verify?token=" + token));
                    }
                """));
        SourceRun run = run();
        assertEquals(List.of(), List.copyOf(run.edges().keySet()));
        assertEquals(List.of("users -/-> gateway (user.service.base-url): not a connection: users's sources read"
                + " user.service.base-url only into the text of an e-mail (users/src/main/java/x/Mailer.java:12), a link"
                + " its recipient's browser follows; users opens no connection to it"
                + " [users/src/main/resources/application.properties:1]"),
                run.omissions().stream().map(Omission::describe).toList());
    }

    @Test
    void aKeyAlsoUsedAsAClientsBaseUrlIsStillACall() throws Exception {
        SourceRun.write(dir, "users/src/main/resources/application.properties",
                "user.service.base-url=http://gateway:8080\n");
        SourceRun.write(dir, "users/src/main/java/x/Mailer.java", mailer("""
                    void reset(String token) {
                        String link = baseUrl + "/reset?token=" + token;
                        SimpleMailMessage message = new SimpleMailMessage();
                        message.setText(link);
                        RestClient.builder().baseUrl(link).build();
                    }
                """));
        assertEquals(List.of("users->gateway"), run().edges().keySet().stream().map(Object::toString)
                .map(s -> s.replaceAll(":.*", "")).toList());
    }

    @Test
    void setTextOfAnotherTypeIsNoMail() throws Exception {
        SourceRun.write(dir, "users/src/main/resources/application.properties",
                "user.service.base-url=http://gateway:8080\n");
        SourceRun.write(dir, "users/src/main/java/x/Mailer.java", mailer("""
                    void show(javax.swing.JLabel label) {
                        label.setText(baseUrl);
                    }
                """));
        assertEquals(List.of("users->gateway"), run().edges().keySet().stream().map(Object::toString)
                .map(s -> s.replaceAll(":.*", "")).toList());
    }
}
