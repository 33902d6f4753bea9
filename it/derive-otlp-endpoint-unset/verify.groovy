// From Spring Boot 3.2 the OTLP span exporter is built only when management.otlp.tracing.endpoint is set: shop, which
// sets none (OTEL_EXPORTER_OTLP_ENDPOINT is read by nothing without the agent), has no edge to the collector; orders
// (application.yml) and billing (its Compose environment) reach collector:4318. The exact graph, with its evidence.
import io.aiplatform.security.it.ItFiles

ItFiles.edgesAre(basedir, 'orders -> collector:4318', 'billing -> collector:4318')

ItFiles.logContains(basedir,
    'orders -> collector:4318 because orders/pom.xml:17 declares io.opentelemetry:opentelemetry-exporter-otlp (catalog: otlp, provided by collector); orders/src/main/resources/application.yml:7 management.otlp.tracing.endpoint (read by Spring Boot 3.3.6) names collector',
    'billing -> collector:4318 because billing/pom.xml:17 declares io.opentelemetry:opentelemetry-exporter-otlp (catalog: otlp, provided by collector); docker-compose.yml:11 management.otlp.tracing.endpoint (read by Spring Boot 3.3.6) names collector',
    "ai-security: shop -/-> otlp (io.opentelemetry:opentelemetry-exporter-otlp): not a connection: Spring Boot 3.3.6 builds io.opentelemetry:opentelemetry-exporter-otlp's client only when management.otlp.tracing.endpoint or management.otlp.logging.endpoint is set, and the configuration (its files, its deployment's environment) sets none [shop/pom.xml:17]",
    'ai-security: 4 services, 2 connections')
ItFiles.logLacks(basedir, 'shop -> collector')
return true
