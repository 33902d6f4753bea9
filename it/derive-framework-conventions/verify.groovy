// Framework conventions, with descriptors that hold no calls: server libraries provide their products,
// Spring Boot's legacy variable form, management.opentelemetry.* only with an OTLP exporter, the OpenTelemetry
// Java agent's endpoint variables only where the agent is loaded, Stork service discovery, and a connects-to
// annotation that keeps the port the configuration gives; the registry, named naming-server, runs in Kubernetes as
// its module registry, selected by the Service discovery, which names it. The exact graph, with its evidence.
import io.aiplatform.security.it.ItFiles

ItFiles.edgesAre(basedir, 'orders -> naming-server:8761', 'orders -> config:8888', 'webapp -> gateway:8765', 'gateway -> collector:4318',
    'fights -> heroes:8083', 'fights -> collector:4318')

ItFiles.logContains(basedir,
    'orders -> config:8888 because orders/pom.xml:16 declares org.springframework.cloud:spring-cloud-starter-config (catalog: spring-cloud-config, provided by config, whose config/pom.xml:14 declares org.springframework.cloud:spring-cloud-config-server)',
    'orders -> naming-server:8761 because orders/pom.xml:15 declares org.springframework.cloud:spring-cloud-starter-netflix-eureka-client (catalog: eureka, provided by naming-server, whose registry/pom.xml:14 declares org.springframework.cloud:spring-cloud-starter-netflix-eureka-server); orders/src/main/resources/application.properties:2 eureka.client.service-url.default-zone names discovery (deploy/k8s/registry.yaml:4 Service discovery selects the pods of Deployment registry, which runs module registry)',
    'webapp -> gateway:8765 because docker-compose.yml:10 retailstore.api-gateway-url names gateway',
    'webapp -/-> collector (management.opentelemetry.tracing.export.otlp.endpoint): not a connection: no library on the classpath of webapp reads management.opentelemetry.* (a client of otlp) [webapp/src/main/resources/application.properties:3]',
    'gateway -> collector:4318 because docker-compose.yml:5 OTEL_EXPORTER_OTLP_ENDPOINT (OpenTelemetry Java agent, loaded by docker-compose.yml:6 JAVA_TOOL_OPTIONS) names collector',
    'fights -> heroes:8083 because deploy/k8s/fights.yaml:16 app.openshift.io/connects-to names heroes; fights/src/main/resources/application.properties:1 quarkus.rest-client.hero-client.url (Stork service hero-service: deploy/k8s/fights.yaml:7 ConfigMap fights-config key quarkus.stork.hero-service.service-discovery.application) names heroes',
    'fights -> collector:4318 because deploy/k8s/fights.yaml:16 app.openshift.io/connects-to names collector; deploy/k8s/fights.yaml:9 ConfigMap fights-config key quarkus.otel.exporter.otlp.endpoint names collector',
    'ai-security: 8 services, 6 connections')
ItFiles.logLacks(basedir, 'no service provides', 'names host', 'webapp -> collector', 'runs none of the services')
return true
