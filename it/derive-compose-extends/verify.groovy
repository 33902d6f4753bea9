// Compose extends: a service inherits the environment of the services it extends (its own settings win), so the
// OpenTelemetry agent and the RabbitMQ host set in a shared file count; a bare RabbitMQ host reaches 5672; an Alloy
// container runs the file it mounts by name. The exact graph, with its evidence.
import io.aiplatform.security.it.ItFiles

ItFiles.edgesAre(basedir, 'accounts -> rabbit:5672', 'customers -> rabbit:5672', 'accounts -> tempo:4318',
    'customers -> collector:4318', 'alloy -> loki:3100')

ItFiles.logContains(basedir,
    "accounts -> tempo:4318 because docker-compose/common-config.yml:10 OTEL_EXPORTER_OTLP_ENDPOINT (OpenTelemetry Java agent, loaded by docker-compose/common-config.yml:9 JAVA_TOOL_OPTIONS) names tempo",
    "customers -> collector:4318 because docker-compose/docker-compose.yml:26 OTEL_EXPORTER_OTLP_ENDPOINT (OpenTelemetry Java agent, loaded by docker-compose/common-config.yml:9 JAVA_TOOL_OPTIONS) names collector",
    "docker-compose/common-config.yml:8 spring.rabbitmq.host names rabbit",
    "alloy -> loki:3100 because alloy/alloy-local-config.yaml:3 loki.write \"default\" endpoint.url names loki")
ItFiles.logLacks(basedir, 'customers -> tempo', ':5672,15672')
return true
