package io.aiplatform.security.core.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A Logstash pipeline's client plugins name the servers it connects to: the elasticsearch output's hosts (9200 when
 * a host gives no port), kafka's bootstrap servers, redis' host with its port setting or default; listening inputs,
 * comments, hashes and settings of other plugins name none; conditionals are looked through.
 */
class LogstashPipelineTest {

    @Test
    void theClientPluginsNameTheirServers() {
        String text = """
                input {
                  gelf { port => 12201 host => "0.0.0.0" }   # listens
                  kafka { bootstrap_servers => "kafka:29092,kafka2:29092" topics => ["logs"] }
                }
                filter {
                  mutate { add_field => { "url" => "http://ignored:1" } }
                }
                output {
                  stdout {}
                  if [type] == "audit" {
                    elasticsearch {
                      hosts => ["http://elasticsearch:9200", "es2"]
                      # hosts => ["http://commented:9200"]
                      index => "audit-%{+YYYY.MM.dd}"
                    }
                  } else {
                    redis { host => "cache" data_type => "list" key => "logs" }
                  }
                }
                """;
        assertEquals(List.of("input kafka bootstrap_servers kafka:29092 @3", "input kafka bootstrap_servers kafka2:29092 @3",
                        "output elasticsearch hosts elasticsearch:9200 @12", "output elasticsearch hosts es2:9200 @12",
                        "output redis host cache:6379 @17"),
                LogstashPipeline.addresses(text).stream().map(a -> a.section() + " " + a.plugin() + " " + a.setting()
                        + " " + a.endpoint().host() + ":" + a.endpoint().port() + " @" + a.line()).toList());
    }

    @Test
    void aPortSettingCountsAndAPluginOutsideItsSectionDoesNot() {
        String text = "output { redis { host => 'cache' port => 6380 } }\n"
                + "filter { kafka { bootstrap_servers => \"kafka:9092\" } }\n";
        assertEquals(List.of("cache:6380"), LogstashPipeline.addresses(text).stream()
                .map(a -> a.endpoint().host() + ":" + a.endpoint().port()).toList());
    }

    @Test
    void environmentVariablesTakeTheContainersValueElseTheirDefault() {
        String text = "output {\n  elasticsearch { hosts => [\"${ES_HOSTS}\"] }\n"
                + "  kafka { bootstrap_servers => \"${BROKERS:kafka:29092}\" }\n"
                + "  redis { host => \"${REDIS_HOST}\" }\n}\n";
        assertEquals(List.of("elasticsearch es1:9200 ${ES_HOSTS} null", "kafka kafka:29092 ${BROKERS:kafka:29092} null",
                        "redis null ${REDIS_HOST} REDIS_HOST"),
                LogstashPipeline.addresses(text, java.util.Map.of("ES_HOSTS", "http://es1:9200")).stream()
                        .map(a -> a.plugin() + " " + (a.endpoint() == null ? "null" : a.endpoint().host() + ":"
                                + a.endpoint().port()) + " " + a.value() + " " + a.unresolved()).toList());
    }
}
