package io.aiplatform.security.core.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.aiplatform.security.core.Fixtures;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GrafanaAndLoggingSourcesTest {

    private static final String PLATFORM = """
            services:
              - {name: grafana, role: monitoring, ports: [{name: http, port: 3000}]}
              - {name: prometheus, role: monitoring, ports: [{name: http, port: 9090}]}
              - {name: loki, ports: [{name: http, port: 3100}]}
              - {name: tempo, ports: [{name: http, port: 3200}, {name: otlp, port: 4317}]}
              - {name: logstash, ports: [{name: tcp, port: 5000}]}
            """;

    @TempDir
    Path dir;

    @Test
    void grafanasProvisionedDataSourcesNameItsCallees() throws Exception {
        SourceRun.write(dir, "docker-compose.yml", """
                services:
                  grafana:
                    image: grafana/grafana:11.1.0
                    environment:
                      TEMPO_URL: http://tempo:3200
                    volumes:
                      - ./grafana/provisioning:/etc/grafana/provisioning
                """);
        SourceRun.write(dir, "grafana/provisioning/datasources/datasources.yml", """
                apiVersion: 1
                datasources:
                  - name: Prometheus
                    type: prometheus
                    url: http://prometheus:9090
                  - name: Tempo
                    type: tempo
                    url: ${TEMPO_URL}
                  - name: Loki
                    type: loki
                    url: $__env{LOKI_URL}
                """);
        SourceRun run = SourceRun.of(dir, new Fixtures(dir).platformFile(PLATFORM).modules(), new GrafanaDataSources());
        assertEquals(Map.of("grafana->prometheus", List.of("grafana/provisioning/datasources/datasources.yml:5"
                        + " datasources[0].url names prometheus"),
                "grafana->tempo", List.of("grafana/provisioning/datasources/datasources.yml:8 datasources[1].url names tempo")),
                run.edges());
        assertEquals(List.of("service 'grafana': grafana/provisioning/datasources/datasources.yml:11 datasources[2].url"
                + " needs LOKI_URL, which the environment of grafana's container does not set, for the host of its URL;"
                + " the data source's connection is not derived (set it in the Compose service or Deployment, or add"
                + " 'calls:')"), run.warnings());
    }

    @Test
    void aDataSourceWithBrowserAccessIsQueriedByTheBrowserNotByGrafana() throws Exception {
        SourceRun.write(dir, "docker-compose.yml", """
                services:
                  grafana:
                    image: grafana/grafana:11.1.0
                    volumes:
                      - ./datasource.yaml:/etc/grafana/provisioning/datasources/datasource.yaml
                """);
        SourceRun.write(dir, "datasource.yaml", """
                apiVersion: 1
                datasources:
                  - name: Prometheus
                    type: prometheus
                    access: direct
                    url: http://host.docker.internal:9090
                  - name: Loki
                    type: loki
                    access: Direct
                    url: http://loki:3100
                  - name: Tempo
                    type: tempo
                    access: proxy
                    url: http://tempo:3200
                """);
        SourceRun run = SourceRun.of(dir, new Fixtures(dir).platformFile(PLATFORM).modules(), new GrafanaDataSources());
        assertEquals(Map.of("grafana->tempo", List.of("datasource.yaml:14 datasources[2].url names tempo")), run.edges());
        assertEquals(List.of(), run.warnings());
        assertEquals(List.of("grafana -/-> host.docker.internal (datasources[0].url): not a connection: access: direct,"
                        + " the browser queries this data source, not the Grafana server [datasource.yaml:6]",
                "grafana -/-> loki (datasources[1].url): not a connection: access: direct, the browser queries this"
                        + " data source, not the Grafana server [datasource.yaml:10]"),
                run.omissions().stream().map(Omission::describe).toList());
    }

    @Test
    void logbackAppendersThatPushNameTheirHostWithPlaceholdersFromTheConfiguration() throws Exception {
        SourceRun.write(dir, "orders/src/main/resources/application.yml", "loki.url: http://loki:3100/loki/api/v1/push\n");
        SourceRun.write(dir, "orders/src/main/resources/logback-spring.xml", """
                <configuration>
                  <springProperty scope="context" name="lokiUrl" source="loki.url"/>
                  <appender name="LOKI" class="com.github.loki4j.logback.Loki4jAppender">
                    <http>
                      <url>${lokiUrl}</url>
                    </http>
                  </appender>
                  <!-- <appender class="net.logstash.logback.appender.LogstashTcpSocketAppender">
                    <destination>elsewhere:5000</destination></appender> -->
                  <appender name="STASH" class="net.logstash.logback.appender.LogstashTcpSocketAppender">
                    <destination>${LOGSTASH_HOST:-logstash}:5000</destination>
                  </appender>
                  <appender name="CONSOLE" class="ch.qos.logback.core.ConsoleAppender"/>
                </configuration>
                """);
        SourceRun.write(dir, "billing/src/main/resources/log4j2.xml", """
                <Configuration>
                  <Appenders>
                    <Http name="Loki" url="${env:LOKI_URL:-http://loki:3100/loki/api/v1/push}"/>
                    <Socket name="Otel" host="tempo" port="4317"/>
                  </Appenders>
                </Configuration>
                """);
        SourceRun run = SourceRun.of(dir, new Fixtures(dir).service("orders", "ports: [{port: 8080}]\n")
                .service("billing", "ports: [{port: 8080}]\n").platformFile(PLATFORM).modules(), new LogAppenderHosts());
        assertEquals(Map.of(
                "orders->loki", List.of("orders/src/main/resources/logback-spring.xml:5 <url> names loki"),
                "orders->logstash", List.of("orders/src/main/resources/logback-spring.xml:11 <destination> names logstash"),
                "billing->loki", List.of("billing/src/main/resources/log4j2.xml:3 <Http url> names loki"),
                "billing->tempo", List.of("billing/src/main/resources/log4j2.xml:4 <Socket host> names tempo")), run.edges());
        assertEquals(List.of(4317), run.ports().get("billing->tempo"));
        assertEquals(List.of(), run.warnings());
    }

    @Test
    void hostileLoggingAndPrometheusFilesAreReadInLinearTime() throws Exception {
        String spaces = " ".repeat(1_000_000);
        SourceRun.write(dir, "orders/src/main/resources/logback.xml", "<configuration><url>" + spaces + "x\n<url>"
                + spaces + "</u>\n<Http" + spaces + "url=\"http://loki:3100\"" + spaces + "\n</configuration>\n");
        StringBuilder jobs = new StringBuilder("scrape_configs:\n");
        for (int i = 0; i < 5_000; i++) {
            jobs.append("  - {job_name: j").append(i).append(", static_configs: [{targets: ['loki:3100']}]}\n");
        }
        SourceRun.write(dir, "prometheus/prometheus.yml", jobs.toString());
        SourceRun run = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> SourceRun.of(dir, new Fixtures(dir)
                .service("orders", "ports: [{port: 8080}]\n").platformFile(PLATFORM).modules(), new LogAppenderHosts(),
                new PrometheusScrapes()));
        assertEquals(List.of("prometheus->loki"), List.copyOf(run.edges().keySet()));
    }

    @Test
    void anAppenderWhoseHostNeedsAnUnsetVariableIsAWarning() throws Exception {
        SourceRun.write(dir, "orders/src/main/resources/logback.xml",
                "<configuration><appender><http><url>${LOKI_URL}</url></http></appender></configuration>\n");
        SourceRun run = SourceRun.of(dir, new Fixtures(dir).service("orders", "ports: [{port: 8080}]\n")
                .platformFile(PLATFORM).modules(), new LogAppenderHosts());
        assertEquals(Map.of(), run.edges());
        assertEquals(List.of("service 'orders': orders/src/main/resources/logback.xml:1 <url> needs a variable without"
                + " default for the host it sends logs to; the connection cannot be derived (give the placeholder a"
                + " default, or add 'calls:')"), run.warnings());
    }
}
