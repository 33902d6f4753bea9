// Spring Boot 4.0 reads the Zipkin exporter's endpoint as management.tracing.export.zipkin.endpoint, Spring Boot 3 as
// management.zipkin.tracing.endpoint (spring-boot#47958): orders (Boot 4, new key) and legacy (Boot 3, old key) reach
// zipkin; billing (Boot 4, old key only) keeps its reporter's localhost default: no edge, the key not read, and one
// DERIVE-LOOPBACK-HOST warning naming the key Boot 4 reads. The descriptors hold no calls.
import io.aiplatform.security.it.ItFiles

ItFiles.edgesAre(basedir, 'orders -> zipkin:9411', 'legacy -> zipkin:9411')
ItFiles.logContains(basedir,
    'orders/src/main/resources/application.yml:8 management.tracing.export.zipkin.endpoint (read by Spring Boot 4.0.1) names zipkin',
    'legacy/src/main/resources/application.yml:7 management.zipkin.tracing.endpoint (read by Spring Boot 3.5.0) names zipkin',
    'billing -/-> zipkin (management.zipkin.tracing.endpoint): not a connection: management.zipkin.tracing.endpoint is not read by Spring Boot 4.0.1 (management.zipkin.* became management.tracing.export.zipkin.* in 4.0)',
    "service 'billing': io.zipkin.reporter2:zipkin-reporter-brave, a client of 'zipkin', connects to Spring Boot's default localhost:9411, the pod itself once deployed: none of management.tracing.export.zipkin.endpoint, spring.zipkin.base-url is set",
    'ai-security: 4 services, 2 connections')
ItFiles.logLacks(basedir, 'billing -> zipkin', 'DERIVE-NO-PROVIDER')
return true
