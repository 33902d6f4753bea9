// A Eureka client switched off (eureka.client.enabled: false in the application.yml every profile reads) neither
// registers nor fetches: the registry its docker profile names is no edge of orders, and Spring Boot Admin, which
// calls every service registered in the registry, reaches billing only. The exact graph, with its evidence.
import io.aiplatform.security.it.ItFiles

ItFiles.edgesAre(basedir, 'admin -> registry:8761', 'admin -> billing:8082', 'billing -> registry:8761')

ItFiles.logContains(basedir,
    'orders -/-> registry (eureka.client.service-url.default-zone): not a connection:'
        + ' orders/src/main/resources/application.yml:5 eureka.client.enabled is false, which switches its client off',
    'admin -> billing:8082 because admin/pom.xml:15 declares de.codecentric:spring-boot-admin-starter-server'
        + ' (spring-boot-admin: calls every service registered in registry; billing registers at'
        + ' billing/src/main/resources/application-docker.yml:4 eureka.client.service-url.default-zone',
    'ai-security: 4 services, 3 connections')
ItFiles.logLacks(basedir, '-> orders', 'orders -> ')
return true
