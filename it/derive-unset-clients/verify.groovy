// Clients that nothing points anywhere connect to their framework's loopback default where the repository's
// deployment runs them (no edge, one warning each), a connects-to annotation is never an edge on its own, and a YAML
// document in a platform container's variable names its callee; a client its configuration switches off (tracing off)
// is no edge. The exact graph, with its evidence.
import io.aiplatform.security.it.ItFiles

ItFiles.edgesAre(basedir, 'cart -> redis:6379', 'orders -> redis:6379', 'fights -> collector:4318', 'console -> kafka:29092')

ItFiles.logContains(basedir,
    'cart -> redis:6379 because cart/pom.xml:15 declares org.springframework.boot:spring-boot-starter-data-redis (catalog: redis, provided by redis); docker-compose.yml:22 spring.data.redis.host names redis',
    'orders -> redis:6379 because orders/pom.xml:15 declares org.springframework.boot:spring-boot-starter-data-redis (catalog: redis, provided by redis)',
    'fights -> collector:4318 because deploy/k8s/fights.yaml:15 quarkus.otel.exporter.otlp.endpoint names collector; deploy/k8s/fights.yaml:6 app.openshift.io/connects-to names collector; fights/pom.xml:15 declares io.quarkus:quarkus-opentelemetry (catalog: otlp, provided by collector)',
    'console -> kafka:29092 because docker-compose.yml:12 CONSOLE_CONFIG_FILE kafka.brokers[0] names kafka',
    "webapp/pom.xml:15: service 'webapp': org.springframework.boot:spring-boot-starter-data-redis, a client of 'redis', connects to Spring Boot's default localhost:6379, the pod itself once deployed: none of spring.data.redis.host, spring.data.redis.url, spring.redis.host, spring.redis.url, spring.data.redis.sentinel., spring.data.redis.cluster., spring.redis.sentinel., spring.redis.cluster. is set in its configuration or in the environment of docker-compose.yml webapp; no connection to redis is derived. Set spring.data.redis.host to the service it uses, or add 'exclude: [{client: redis, reason: <why>}]' if it connects nowhere [DERIVE-LOOPBACK-HOST]",
    "ui/pom.xml:15: service 'ui': io.quarkus:quarkus-opentelemetry, a client of 'otlp', connects to Quarkus's default localhost:4317, the pod itself once deployed",
    'ai-security: ui -/-> fights (app.openshift.io/connects-to): a topology hint of the OpenShift console, not a connection; nothing else ui runs with names fights [deploy/k8s/ui.yaml:6]',
    'ai-security: ui -/-> collector (app.openshift.io/connects-to): a topology hint of the OpenShift console, not a connection; nothing else ui runs with names collector [deploy/k8s/ui.yaml:6]',
    'ai-security: tracer -/-> tempo (management.zipkin.tracing.endpoint): not a connection: docker-compose.yml:26 management.tracing.enabled is false, which switches its client off [docker-compose.yml:27]',
    'ai-security: tracer -/-> zipkin (io.opentelemetry:opentelemetry-exporter-zipkin): its configuration switches the zipkin client off: docker-compose.yml:26 management.tracing.enabled is false [tracer/pom.xml:16]',
    'ai-security: 11 services, 4 connections')
ItFiles.logLacks(basedir, 'ui -> ', 'webapp -> ', 'tracer -> ', 'no service provides', 'cart, a client', 'orders, a client')
return true
